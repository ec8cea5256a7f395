package org.plimsoll.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/** The CPU clocks the benchmarks read: CPU time per operation swings less with the machine's load than rates do. */
final class CpuTime {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private CpuTime() {
    }

    /** CPU time of the whole process (every thread: server, committer, clients, compiler, collector). */
    static long processNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** CPU time of the calling thread. */
    static long currentThreadNanos() {
        return THREADS.getCurrentThreadCpuTime();
    }

    /** The CPU time of the shared commit's thread ({@code group-commit ...}) so far. */
    static long committerNanos() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("group-commit"))
                .mapToLong(t -> Math.max(0, THREADS.getThreadCpuTime(t.getId())))
                .sum();
    }

    /** The JIT compiler's time so far, summed over its threads. */
    static long compilingMillis() {
        return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
    }
}
