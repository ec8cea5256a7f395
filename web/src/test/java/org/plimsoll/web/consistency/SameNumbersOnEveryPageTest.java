package org.plimsoll.web.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.store.account.Account;
import org.plimsoll.web.page.Chrome;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.report.Report;
import org.plimsoll.web.report.ReportPart;
import org.plimsoll.web.today.TodayRoutes;
import org.plimsoll.words.Wording;

/**
 * ENGINE.md section 12: the week plan is the one place a day's dose comes from. Over the 104-week
 * demo at 100 dates, the Today page, the plan, the pacing chart and the clinician report show the
 * same numbers for the same day, under the same three names (today, your level, last confirmed),
 * and none of them offers a dose under an emergency or same-day referral.
 */
class SameNumbersOnEveryPageTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 20);
    private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(ContentType.Html);

    private static String render(String template, Map<String, Object> params) {
        StringOutput out = new StringOutput();
        TEMPLATES.render(template, params, out);
        return out.toString();
    }

    private static String page(String template, Object view) {
        return render(template, Map.of("chrome", new Chrome("t", "test", Optional.of("ana@example.org"), "csrf", "today"),
                "view", view));
    }

    @Test
    void todayThePlanThePacingChartAndTheReportAgreeAtAHundredDates() {
        History history = DemoHistory.generate(LAST_DAY, 104, LONDON);
        int compared = 0;
        for (int i = 0; i < 100; i++) {
            LocalDate day = LAST_DAY.minusWeeks(100).plusDays(i * 7L + i % 7);
            Assessment a = Assessment.derivedFrom(history, day);
            Snapshot s = new Snapshot(new Account(1, "ana@example.org", "", Instant.EPOCH, 1), history, a,
                    day.atTime(12, 0).atZone(LONDON), new ConcurrentHashMap<>());
            List<PlannedSession> todays = a.plan().stream().filter(p -> p.date().equals(day)).toList();
            String today = page("today.jte", new TodayRoutes.View(s, List.of(), todays, Optional.empty(), List.of(),
                    Optional.empty()));
            String plan = page("plan.jte", s);
            String pacing = page("pacing.jte", s);
            String report = render("report.jte", Map.of("report", new Report(s, day.minusWeeks(4), day,
                    ReportPart.all(), "Report", Optional.empty())));
            var units = s.profile().units();
            assertThat(a.referral().stopsTraining()).as(day + ": the demo has no red flags").isFalse();
            for (ActivityAssessment x : a.activities()) {
                if (x.currentLevel().isEmpty()) {
                    continue;
                }
                String level = Wording.dose(x.currentLevel().get(), units);
                String name = Wording.activity(x.activity());
                x.todayLevel().ifPresent(t -> {
                    assertThat(today).as(day + " Today, today's " + name).contains("Today: <strong>"
                            + Wording.dose(t, units) + "</strong>");
                    assertThat(report).as(day + " report, today's " + name).contains(Wording.dose(t, units));
                });
                if (!x.currentLevel().equals(x.todayLevel())) {
                    assertThat(today).as(day + " Today, " + name + " level").contains("Your level: " + level);
                }
                assertThat(report).as(day + " report, " + name + " level").contains(level);
                x.confirmedLevel().ifPresent(c -> assertThat(report).as(day + " report, confirmed " + name)
                        .contains(Wording.dose(c, units)));
                // The pacing chart's "Your level" column is the level's minutes and effort.
                Matcher row = Pattern.compile("<th scope=\"row\">" + Pattern.quote(name)
                        + "</th>(.*?)</tr>", Pattern.DOTALL).matcher(pacing);
                assertThat(row.find()).as(day + " pacing row " + name).isTrue();
                String cells = row.group(1);
                x.currentLevel().get().minutes().ifPresent(m -> assertThat(cells).as(day + " pacing " + name)
                        .contains("<td data-label=\"Your level\">" + m.value() + " min "));
                assertThat(cells).contains("effort up to " + x.currentLevel().get().rpeCap());
                compared++;
            }
            // Today leads with today's entries of the plan: the same minutes and effort on both pages.
            for (PlannedSession p : todays) {
                if (p.kind() == PlannedSession.Kind.WALK) {
                    continue;
                }
                String name = Wording.activity(p.activity())
                        + p.runType().map(t -> " (" + Wording.runType(t) + ")").orElse("");
                String minutes = p.minutes().isPresent() ? ", up to " + p.minutes().get().value() + " min" : "";
                assertThat(today).as(day + " Today's entry").contains(name + minutes + ", effort up to " + p.rpeCap());
                assertThat(plan).as(day + " plan entry").contains(name + minutes.replace("up to ", "")
                        + ", effort up to " + p.rpeCap());
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Test
    void underAnEmergencyReferralNoPageOffersADose() {
        History demo = DemoHistory.generate(LAST_DAY, 104, LONDON);
        List<CheckIn> checkIns = new ArrayList<>(demo.checkIns());
        checkIns.add(new CheckIn("numb", Optional.empty(), CheckInWindow.DAILY, Optional.of(LAST_DAY), Optional.empty(),
                new Pain(4), false, Optional.empty(), Optional.empty(), Set.of(Symptom.SADDLE_NUMBNESS), false));
        History history = new History(demo.profile(), demo.levels(), demo.sessions(), checkIns, demo.context(),
                demo.baselineTests(), demo.declaredFlares(), demo.demands(), demo.settings());
        Assessment a = Assessment.derivedFrom(history, LAST_DAY);
        Snapshot s = new Snapshot(new Account(1, "ana@example.org", "", Instant.EPOCH, 1), history, a,
                LAST_DAY.atTime(19, 0).atZone(LONDON), new ConcurrentHashMap<>());
        String today = page("today.jte", new TodayRoutes.View(s, List.of(), List.of(), Optional.empty(), List.of(),
                Optional.empty()));
        String report = render("report.jte", Map.of("report", new Report(s, LAST_DAY.minusWeeks(4), LAST_DAY,
                ReportPart.all(), "Report", Optional.empty())));
        assertThat(a.referral().stopsTraining()).isTrue();
        assertThat(today).contains("Get emergency care now", "No training until a doctor has seen you")
                .doesNotContain("Today: <strong>", "What to do today", "Your level:", "Last confirmed:");
        assertThat(page("plan.jte", s)).contains("No training plan until a doctor has seen you")
                .doesNotContain("effort up to");
        assertThat(page("pacing.jte", s)).doesNotContain("effort up to");
        assertThat(report).contains("Get emergency care now");
    }
}
