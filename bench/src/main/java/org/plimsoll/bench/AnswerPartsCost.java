package org.plimsoll.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.history.History;
import org.plimsoll.formats.scenario.AssessmentJson;

/**
 * CPU per assessment of the JSON that {@code /api/v1/plan} and {@code /api/v1/today} write after each
 * write, beside the assessment itself: as they did until stream z33p (the whole tree per route, then a
 * copy of each field they read) and as they do now (only their parts, {@link AssessmentJson#part}).
 * Thread CPU time, so the machine's load barely moves it; the last of four rounds is printed
 * (docs/benchmarks.md, "/plan under writes without the whole tree").
 *
 * <pre>java -cp bench/target/benchmarks.jar org.plimsoll.bench.AnswerPartsCost 4 8 104</pre>
 */
public final class AnswerPartsCost {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final List<List<String>> ROUTES = List.of(List.of("plan", "phase"),
            List.of("referral", "flare", "today", "activities", "phase", "plan"));
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Read after the loops, so that the compiler cannot drop what they build. */
    private static long kept;

    private AnswerPartsCost() {
    }

    public static void main(String[] args) {
        List<Integer> weeks = new ArrayList<>();
        for (String arg : args) {
            weeks.add(Integer.parseInt(arg));
        }
        for (int w : weeks.isEmpty() ? List.of(4, 8, 104) : weeks) {
            History history = DemoHistory.generate(TODAY.minusDays(1), w, ZoneId.of("Europe/London"));
            Assessment assessment = Assessment.derivedFrom(history, TODAY);
            int turns = w > 50 ? 100 : 400;
            for (int round = 1; round <= 4; round++) {
                long start = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < turns; i++) {
                    kept += Assessment.derivedFrom(history, TODAY).plan().size();
                }
                long assessed = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < turns; i++) {
                    for (List<String> route : ROUTES) {
                        var tree = AssessmentJson.tree(assessment);
                        route.forEach(field -> kept += tree.get(field).deepCopy().size());
                    }
                }
                long whole = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < turns; i++) {
                    for (List<String> route : ROUTES) {
                        route.forEach(field -> kept += AssessmentJson.part(assessment, field).orElseThrow().size());
                    }
                }
                long parts = THREADS.getCurrentThreadCpuTime();
                if (round == 4) {
                    System.out.printf("%d weeks: assessment %.0f µs; /plan and /today's JSON from the whole tree %.0f µs, "
                            + "from their parts %.0f µs (%.2f ×)%n", w, (assessed - start) / 1e3 / turns,
                            (whole - assessed) / 1e3 / turns, (parts - whole) / 1e3 / turns,
                            (double) (parts - whole) / (whole - assessed));
                }
            }
        }
        System.out.println(kept == 42 ? "" : "(done)");
    }
}
