package org.plimsoll.web.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.progress.ProgressData;

/**
 * What the clinician report shows for one period: the same page serves a share link (HTML) and the
 * PDF. {@code printCss} is the style sheet inlined for the PDF (with its paper size); on screen the
 * page links the same sheet instead, as the Content-Security-Policy forbids inline styles.
 */
public record Report(Snapshot snapshot, LocalDate from, LocalDate to, Set<ReportPart> parts, String title,
                     Optional<String> printCss) {
    /**
     * The most recent sessions and flares listed; the report must stay within four pages, and the
     * chart and levels already summarise the rest.
     */
    public static final int SESSIONS_SHOWN = 30;
    public static final int FLARES_SHOWN = 10;

    public Report {
        parts = Set.copyOf(parts);
    }

    public boolean shows(ReportPart part) {
        return parts.contains(part);
    }

    public List<SessionResponse> responses() {
        return snapshot.assessment().responses().stream().filter(r -> inPeriod(r.date())).toList();
    }

    public static <T> List<T> last(List<T> all, int count) {
        return all.subList(Math.max(0, all.size() - count), all.size());
    }

    public List<FlareEpisode> flares() {
        return snapshot.assessment().flares().stream()
                .filter(f -> !f.since().isAfter(to) && f.ended().map(e -> !e.isBefore(from)).orElse(true)).toList();
    }

    /** Check-ins in the period that named a red-flag symptom. */
    public List<CheckIn> redFlagCheckIns() {
        return snapshot.history().checkIns().stream()
                .filter(c -> !c.symptoms().isEmpty() && c.date()
                        .or(() -> c.recordedAt().map(at -> at.atZone(snapshot.zone()).toLocalDate()))
                        .map(this::inPeriod).orElse(false)).toList();
    }

    public String loadChartSvg() {
        return LoadChart.svg(ProgressData.weeks(snapshot.history(), monday(from), monday(to)));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private boolean inPeriod(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
