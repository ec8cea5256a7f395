package org.plimsoll.web.report;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.progress.ProgressData;
import org.plimsoll.words.Reasons;

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
    /** The most weeks the load chart draws, the last of the period. */
    public static final int CHART_WEEKS = 104;

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

    /**
     * The reasons every activity gives alike (today's high stress, say): a reader is told them once,
     * above the activities, rather than once per activity. Only with two activities or more.
     */
    public List<String> reasonsForEveryActivity() {
        List<ActivityAssessment> activities = snapshot.assessment().activities();
        if (activities.size() < 2) {
            return List.of();
        }
        return reasons(activities.get(0)).stream()
                .filter(r -> activities.stream().allMatch(a -> reasons(a).contains(r))).distinct().toList();
    }

    /** An activity's reasons, less those said once for every activity. */
    public List<String> ownReasons(ActivityAssessment activity) {
        List<String> shared = reasonsForEveryActivity();
        return reasons(activity).stream().filter(r -> !shared.contains(r)).toList();
    }

    private List<String> reasons(ActivityAssessment activity) {
        return Reasons.of(activity.reasons(), snapshot.profile().units());
    }

    public String loadChartSvg() {
        LocalDate last = monday(to);
        // From the period's start, two years at most so that a bar stays wide enough to see, and not
        // before the first session when the period has any.
        LocalDate first = Stream.of(monday(from), last.minusWeeks(CHART_WEEKS - 1)).max(LocalDate::compareTo).orElseThrow();
        Optional<LocalDate> firstSession = snapshot.history().sessions().stream()
                .map(s -> monday(s.start().toLocalDate())).min(LocalDate::compareTo);
        if (firstSession.isPresent() && firstSession.get().isAfter(first) && !firstSession.get().isAfter(last)) {
            first = firstSession.get();
        }
        return LoadChart.svg(ProgressData.weeks(snapshot.history(), first, last));
    }

    private static LocalDate monday(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private boolean inPeriod(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }
}
