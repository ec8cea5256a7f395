package org.plimsoll.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.history.History;
import org.plimsoll.formats.scenario.AssessmentJson;
import org.plimsoll.store.account.Account;
import org.plimsoll.web.person.Snapshot;

/**
 * What one cached person holds, by part: heap used after a full collection with {@code people} of them
 * held, divided by the people, each part measured on top of the one before (docs/benchmarks.md,
 * "Smaller cached persons"). The last line is a {@link Snapshot} as the routes leave it: the
 * assessment's text (a clinician's view), the fields /plan, /pacing, /insights and /today ask for,
 * and those routes' answer texts.
 *
 * <pre>java -Xmx2g -cp bench/target/benchmarks.jar org.plimsoll.bench.CachedPersonSize 200 8 26 104</pre>
 */
public final class CachedPersonSize {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    private static final ZoneId ZONE = ZoneId.of("Europe/London");
    /** The fields the API routes ask for, in the routes' groups (PlanRoutes, TodayRoutes). */
    private static final List<List<String>> ROUTES = List.of(List.of("plan", "phase"), List.of("pacing", "baselines"),
            List.of("insights", "boomBust"), List.of("referral", "flare", "today", "activities", "phase", "plan"));

    private CachedPersonSize() {
    }

    public static void main(String[] args) {
        int people = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<Integer> weeks = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            weeks.add(Integer.parseInt(args[i]));
        }
        if (weeks.isEmpty()) {
            weeks = List.of(8, 26, 104);
        }
        System.out.printf("%d people held; KB per person, each part on top of the ones above%n", people);
        for (int w : weeks) {
            measure(people, w);
        }
    }

    private static void measure(int people, int weeks) {
        long base = usedAfterGc();
        List<History> histories = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            histories.add(DemoHistory.generate(TODAY.minusDays(1 + i % 7), weeks, ZONE));
        }
        // The histories are held from here on; each list below adds its part.
        long history = usedAfterGc();
        List<Assessment> assessments = histories.stream().map(h -> Assessment.derivedFrom(h, TODAY)).toList();
        long assessed = usedAfterGc();
        List<ObjectNode> trees = assessments.stream().map(AssessmentJson::tree).toList();
        long tree = usedAfterGc();
        List<String> texts = trees.stream().map(JsonNode::toString).toList();
        long text = usedAfterGc();
        List<List<String>> answers = trees.stream().map(t -> ROUTES.stream().map(fields -> {
            ObjectNode answer = t.objectNode();
            fields.forEach(f -> answer.set(f, t.get(f)));
            return answer.toString();
        }).toList()).toList();
        long answered = usedAfterGc();
        trees = null;
        texts = null;
        answers = null;
        long withoutDerived = usedAfterGc();
        List<Snapshot> snapshots = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            Snapshot s = new Snapshot(new Account(i, "p" + i + "@example.org", "", Instant.EPOCH, 1), histories.get(i),
                    assessments.get(i), TODAY.atTime(12, 0).atZone(ZONE), new ConcurrentHashMap<>());
            s.json();
            for (List<String> fields : ROUTES) {
                ObjectNode answer = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
                fields.forEach(f -> answer.set(f, s.json(f)));
                s.once(String.join(",", fields), answer::toString);
            }
            snapshots.add(s);
        }
        long snapshot = usedAfterGc();
        double k = 1024.0 * people;
        int sessions = histories.stream().mapToInt(h -> h.sessions().size()).sum() / people;
        int checkIns = histories.stream().mapToInt(h -> h.checkIns().size()).sum() / people;
        System.out.printf("%3d weeks (%d sessions, %d check-ins each): history %.0f, assessment %.0f, JSON tree %.0f, "
                        + "its text %.0f, the routes' answers %.0f; a Snapshot as the routes leave it: %.0f above the "
                        + "assessment (%s)%n", weeks, sessions, checkIns, (history - base) / k, (assessed - history) / k, (tree - assessed) / k,
                (text - tree) / k, (answered - text) / k, (snapshot - withoutDerived) / k, snapshots.size() + " held");
        histories.clear();
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            used = Math.min(used, rt.totalMemory() - rt.freeMemory());
        }
        return used;
    }
}
