package org.plimsoll.web.care;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.plimsoll.store.care.CareAction;
import org.plimsoll.store.care.CareEvent;
import org.plimsoll.words.CareLog;

/**
 * The person's care log as lines to read: a clinician's looks at the record within one sitting are one
 * visit, one line, rather than a line per page opened. A visit ends when the same clinician has looked
 * at nothing for {@link #IDLE}; anything else they do (a note, a decision) keeps its own line.
 */
public final class Visits {
    /** The quiet that ends a visit: a look 30 minutes or more after the last one starts a new visit. */
    static final Duration IDLE = Duration.ofMinutes(30);
    private static final Set<CareAction> LOOKS = EnumSet.of(CareAction.RECORD_VIEWED, CareAction.REPORT_VIEWED,
            CareAction.ASSESSMENT_VIEWED);

    private Visits() {
    }

    /** One line of the log: when it began, and what happened in words. */
    public record Line(Instant at, String text) {
    }

    /** The log's lines, the latest first, from its events (as stored, the latest first). */
    public static List<Line> of(List<CareEvent> latestFirst) {
        // A visit still going: its line's place, what was looked at so far, and when last.
        record Open(int line, Instant at, List<String> whats, Instant last) {
        }
        List<Line> lines = new ArrayList<>();
        Map<String, Open> open = new HashMap<>();
        // Oldest first, as they happened; events of one instant keep the order they were stored in.
        List<CareEvent> inOrder = new ArrayList<>(latestFirst);
        Collections.reverse(inOrder);
        for (CareEvent e : inOrder) {
            if (!e.code().map(LOOKS::contains).orElse(false)) {
                lines.add(new Line(e.at(), CareLog.line(e.action(), e.clinician(), e.detail())));
                continue;
            }
            Open visit = Optional.ofNullable(open.get(e.clinician()))
                    .filter(o -> Duration.between(o.last(), e.at()).compareTo(IDLE) < 0)
                    .orElseGet(() -> {
                        lines.add(null);
                        return new Open(lines.size() - 1, e.at(), new ArrayList<>(), e.at());
                    });
            visit.whats().add(CareLog.what(e.action(), e.detail()));
            lines.set(visit.line(), new Line(visit.at(), CareLog.visit(e.clinician(), visit.whats())));
            open.put(e.clinician(), new Open(visit.line(), visit.at(), visit.whats(), e.at()));
        }
        Collections.reverse(lines);
        return lines;
    }
}
