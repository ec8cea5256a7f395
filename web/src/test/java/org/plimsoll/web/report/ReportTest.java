package org.plimsoll.web.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.history.History;
import org.plimsoll.store.account.Account;
import org.plimsoll.web.person.Snapshot;

/** The clinician report's load chart, for periods the progress page does not cover. */
class ReportTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Pattern BAR = Pattern.compile("<rect (?!class=\"key\")[^>]*height=\"([0-9.]+)\"");
    private static final Pattern LABEL = Pattern.compile(">(\\d{4}-\\d{2}-\\d{2})</text>");

    private static Report report(LocalDate from, LocalDate to) {
        return report(104, from, to);
    }

    private static Report report(int weeksOfHistory, LocalDate from, LocalDate to) {
        History history = DemoHistory.generate(TODAY.minusDays(1), weeksOfHistory, LONDON);
        Snapshot s = new Snapshot(new Account(1, "ana@example.org", "", Instant.EPOCH, 1), history,
                Assessment.derivedFrom(history, TODAY), TODAY.atTime(12, 0).atZone(LONDON), new ConcurrentHashMap<>());
        return new Report(s, from, to, ReportPart.all(), "Report", Optional.empty());
    }

    private static int count(Pattern pattern, String svg, boolean nonZeroOnly) {
        Matcher m = pattern.matcher(svg);
        int n = 0;
        while (m.find()) {
            n += !nonZeroOnly || Double.parseDouble(m.group(1)) > 0 ? 1 : 0;
        }
        return n;
    }

    @Test
    void aPeriodAYearBackChartsEachOfItsThirteenWeeks() {
        String svg = report(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 30)).loadChartSvg();
        assertThat(count(BAR, svg, false)).isEqualTo(13);
        assertThat(count(BAR, svg, true)).as("weeks with training").isGreaterThan(8);
        assertThat(svg).contains(">2025-09-01</text>", ">2025-09-29</text>", "<path d=\"M");
    }

    @Test
    void theChartSaysWhatItsBarsAndLineShowWithAScaleForEach() {
        String svg = report(LocalDate.of(2025, 9, 1), LocalDate.of(2025, 11, 30)).loadChartSvg();
        assertThat(svg).contains("Training load: minutes × effort, each week", "Morning pain, 0 to 10: the week's average",
                ">5</text>", ">10</text>").doesNotContain("AU").doesNotContain("font-size=\"10\"");
    }

    @Test
    void aPeriodReachingBackBeforeTheFirstSessionOrBeyondTwoYearsIsChartedFromItsFirstSessionForTwoYearsAtMost() {
        // The demo's 104 weeks end yesterday; its first session is in the week of 2024-11-25.
        String svg = report(LocalDate.of(1990, 1, 1), TODAY).loadChartSvg();
        assertThat(count(BAR, svg, false)).isEqualTo(Report.CHART_WEEKS);
        assertThat(svg).contains(">2024-11-25</text>");
        String newcomer = report(8, TODAY.minusWeeks(26), TODAY).loadChartSvg();
        assertThat(count(BAR, newcomer, false)).as("eight weeks of history, and this week").isBetween(8, 9);
        String beforeAnything = report(LocalDate.of(2020, 1, 6), LocalDate.of(2020, 3, 29)).loadChartSvg();
        assertThat(count(BAR, beforeAnything, true)).isZero();
        assertThat(count(BAR, beforeAnything, false)).as("the period's own 12 weeks, empty").isEqualTo(12);
    }

    @Test
    void twoYearsOfWeeksGetLabelsFarEnoughApartNotToOverlap() {
        String svg = report(LocalDate.of(2024, 11, 25), TODAY).loadChartSvg();
        assertThat(count(BAR, svg, false)).isEqualTo(104);
        int labels = count(LABEL, svg, false);
        // 406 units of plot and a label about 78 wide: at most one every 96, none past the right edge.
        assertThat(labels).isBetween(3, 5);
    }
}
