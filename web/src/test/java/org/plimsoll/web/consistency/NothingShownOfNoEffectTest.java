package org.plimsoll.web.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.store.account.Account;
import org.plimsoll.web.page.Chrome;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.report.Report;
import org.plimsoll.web.report.ReportPart;
import org.plimsoll.web.today.TodayRoutes;

/**
 * Issue 28 item 12 (rules of issue 25 and ENGINE.md sections 8 and 11): no page says an effect of
 * nothing. Over the 104-week demo at 60 dates, Insights, the report (the physio's page and the share
 * page show the same parts) and Today never show "+0", a range of no width, a size of 0 points, or a
 * cut of 0%.
 */
class NothingShownOfNoEffectTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, params, out);
        return out.toString().replaceAll("<[^>]*>", " ").replaceAll("\\s+", " ");
    }

    private static String page(String template, Object view) {
        return render(template, Map.of("chrome", new Chrome("t", "test", Optional.of("ana@example.org"), "csrf", "today"),
                "view", view));
    }

    @Test
    void noInsightOrCutOfNothingIsEverShown() {
        History history = DemoHistory.generate(LAST_DAY, 104, LONDON);
        int withInsights = 0;
        for (int i = 0; i < 60; i++) {
            LocalDate day = LAST_DAY.minusWeeks(90).plusDays(i * 11L);
            Assessment a = Assessment.derivedFrom(history, day);
            Snapshot s = new Snapshot(new Account(1, "ana@example.org", "", Instant.EPOCH, 1), history, a,
                    day.atTime(12, 0).atZone(LONDON), new ConcurrentHashMap<>());
            List<PlannedSession> todays = a.plan().stream().filter(p -> p.date().equals(day)).toList();
            String insights = page("insights.jte", s);
            String report = render("report.jte", Map.of("report", new Report(s, day.minusWeeks(4), day,
                    ReportPart.all(), "Report", Optional.empty())));
            String today = page("today.jte", new TodayRoutes.View(s, List.of(), todays, Optional.empty(), List.of(),
                    Optional.empty()));
            for (String text : List.of(insights, report, today)) {
                assertThat(text).as(day.toString()).doesNotContain("+0", "between 0 and 0", "0 to 0 points",
                        " 0 points", " 0.0 points", "0% lighter", "NaN", "Infinity");
                assertThat(text).as(day.toString()).doesNotContainPattern("\\b0 points? (worse|better)")
                        .doesNotContainPattern("(^|[^0-9])-0(\\.0)?([^0-9.]|$)");
            }
            a.today().adjustments().forEach(adj -> assertThat(adj.percent()).as(day + " " + adj).isNotZero());
            a.insights().statements().forEach(x -> assertThat(x.code().name()).isNotEmpty());
            if (a.insights().enoughData()) {
                withInsights++;
                a.insights().nextMorning().stream().filter(f -> !f.clear())
                        .forEach(f -> assertThat(insights).as(day + ": an unclear factor has no row")
                                .doesNotContain(org.plimsoll.words.InsightWording.morningChange(f.effect()) + " "
                                        + org.plimsoll.words.InsightWording.morningRange(f.low(), f.high())));
            }
        }
        assertThat(withInsights).as("dates with enough sessions for insights").isGreaterThan(20);
    }
}
