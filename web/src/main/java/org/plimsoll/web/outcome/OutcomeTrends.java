package org.plimsoll.web.outcome;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.outcome.Outcomes;
import org.plimsoll.words.Audience;
import org.plimsoll.words.Wording;

/**
 * The outcome measures as every page, the report and the API show them: one name per measure and
 * one sentence for its change, so the same number has the same name everywhere.
 */
public final class OutcomeTrends {
    private OutcomeTrends() {
    }

    /** One measure over time, with its name and its change in words ("" before a second check-up). */
    public record Trend(Outcomes.Series series, String name, String change) {
        public boolean matters() {
            return series.change().filter(Outcomes.Change::matters).isPresent();
        }

        public boolean worse() {
            return series.change().filter(c -> c.matters() && c.worse()).isPresent();
        }

        /** The latest value, as shown: "6" or "5.5". */
        public String latest() {
            return Wording.number(series.points().get(series.points().size() - 1).value());
        }

        public TrendJson json() {
            return new TrendJson(series.measure().name(), series.activity().isEmpty() ? null : series.activity(), name,
                    series.points().stream().map(p -> new TrendJson.PointJson(p.date().toString(), p.value())).toList(),
                    series.change().map(c -> new TrendJson.ChangeJson(c.from(), c.to(), c.matters(), c.worse(), change))
                            .orElse(null));
        }
    }

    /** One measure's trend over the API: {@code activity} null for a measure of no activity, {@code change} null before two points. */
    public record TrendJson(String measure, String activity, String name, List<PointJson> points, ChangeJson change) {
        public record PointJson(String date, double value) {
        }

        public record ChangeJson(double from, double to, boolean matters, boolean worse, String words) {
        }
    }

    public static List<Trend> of(History history, LocalDate today) {
        return of(history, today, Audience.PERSON);
    }

    /** The trends with their names as this reader reads them ("all their activities" to a clinician). */
    public static List<Trend> of(History history, LocalDate today, Audience audience) {
        return Outcomes.series(history, today).stream().map(s -> new Trend(s, Wording.outcomeMeasure(s.measure(),
                s.activity(), audience), s.change().map(c -> Wording.outcomeChange(c)).orElse(""))).toList();
    }

    /** The CSS class of a change: worse, better or none that matters; the words always say it too. */
    public static String cssClass(Trend t) {
        return t.series().change().filter(Outcomes.Change::matters)
                .map(c -> c.worse() ? "worse" : "better").orElse("steady").toLowerCase(Locale.ROOT);
    }
}
