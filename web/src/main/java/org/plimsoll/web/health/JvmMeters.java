package org.plimsoll.web.health;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;

/**
 * The JVM's own meters (memory, collections, threads, classes, processor, uptime), bound once per
 * registry. Binding them starts the JDK's management beans, a few hundred classes and some 50 ms
 * that a start does not need before its first answer: the server binds them on its background
 * thread after the first {@code /healthz}, and a scrape that comes sooner binds them itself, so that
 * every {@code /metrics} has them.
 */
public final class JvmMeters {
    /** A meter only these binders register: its presence says they were bound. */
    static final String BOUND = "jvm.memory.used";
    /** Ours alone: the registry's own monitor is left to Micrometer. Binding happens once or twice a life. */
    private static final Object BINDING = new Object();

    private JvmMeters() {
    }

    /**
     * Binds the JVM's meters to {@code registry} unless they already are, and says whether this call
     * bound them; safe from several threads.
     */
    public static boolean ensureBound(MeterRegistry registry) {
        synchronized (BINDING) {
            if (registry.find(BOUND).meter() != null) {
                return false;
            }
            new ClassLoaderMetrics().bindTo(registry);
            new JvmMemoryMetrics().bindTo(registry);
            // Its collection listeners live as long as the JVM: bound twice, every pause would count twice.
            new JvmGcMetrics().bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            new ProcessorMetrics().bindTo(registry);
            new UptimeMetrics().bindTo(registry);
            return true;
        }
    }
}
