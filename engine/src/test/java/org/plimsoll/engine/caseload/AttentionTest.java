package org.plimsoll.engine.caseload;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.history.DeclaredFlare;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.reason.CareReason;
import org.plimsoll.engine.reason.Reason.Code;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.session.Session;

/** Issue 18's caseload: who needs the clinician first, and why, with concrete days. */
class AttentionTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    /** Runs every other day for two weeks up to {@code until}, each with its check-ins and a calm next morning. */
    private static History calm(LocalDate until, List<CheckIn> extra, List<DeclaredFlare> flares, List<Session> extraSessions) {
        List<Session> sessions = new ArrayList<>(extraSessions);
        List<CheckIn> checkIns = new ArrayList<>(extra);
        for (LocalDate d = until.minusDays(14); !d.isAfter(until); d = d.plusDays(2)) {
            String id = "s" + d;
            sessions.add(Session.of(id, Activity.RUN, d.atTime(7, 0).atZone(LONDON), 25, 4));
            checkIns.add(CheckIn.forSession("b" + d, id, CheckInWindow.BEFORE, 2));
            checkIns.add(CheckIn.forSession("d" + d, id, CheckInWindow.DURING, 2));
            checkIns.add(CheckIn.forSession("a" + d, id, CheckInWindow.AFTER_1H, 2));
            if (d.isBefore(until)) {
                checkIns.add(CheckIn.forSession("m" + d, id, CheckInWindow.NEXT_MORNING, 2));
            }
        }
        return new History(Profile.defaultFor(LONDON), List.of(), sessions, checkIns, List.of(), List.of(), flares);
    }

    private static Attention.Needs needs(History h) {
        return Attention.of(Assessment.derivedFrom(h, TODAY), h, TODAY);
    }

    private static List<Code> codes(Attention.Needs n) {
        return n.reasons().stream().map(Reason::code).toList();
    }

    @Test
    void someoneTrainingCalmlyNeedsNothing() {
        Attention.Needs n = needs(calm(TODAY.minusDays(1), List.of(), List.of(), List.of()));
        assertThat(n.any()).isFalse();
        assertThat(n.most()).isEqualTo(Attention.Concern.NOTHING);
    }

    @Test
    void anOpenReferralComesFirstWithItsUrgency() {
        CheckIn tingling = new CheckIn("t", Optional.empty(), CheckInWindow.DAILY, Optional.of(TODAY.minusDays(1)),
                Optional.empty(), new Pain(3), false, Optional.empty(), Optional.empty(), Set.of(Symptom.LEG_TINGLING), false);
        Attention.Needs soon = needs(calm(TODAY.minusDays(1), List.of(tingling), List.of(), List.of()));
        assertThat(codes(soon)).startsWith(Code.CARE_REFERRAL);
        assertThat(soon.most()).isEqualTo(Attention.Concern.REFERRAL_SOON);
        CheckIn saddle = new CheckIn("e", Optional.empty(), CheckInWindow.DAILY, Optional.of(TODAY),
                Optional.empty(), new Pain(3), false, Optional.empty(), Optional.empty(), Set.of(Symptom.SADDLE_NUMBNESS), false);
        assertThat(needs(calm(TODAY.minusDays(1), List.of(saddle), List.of(), List.of())).most())
                .as("emergency before soon").isEqualTo(Attention.Concern.REFERRAL_NOW);
    }

    @Test
    void aRedSessionInTheLastSevenDaysIsNamedWithItsDayAndAnOlderOneIsNot() {
        ZonedDateTime threeDaysAgo = TODAY.minusDays(3).atTime(18, 0).atZone(LONDON);
        Session hard = Session.of("hard", Activity.RUN, threeDaysAgo, 40, 6);
        List<CheckIn> painful = List.of(CheckIn.forSession("hb", "hard", CheckInWindow.BEFORE, 2),
                CheckIn.forSession("hd", "hard", CheckInWindow.DURING, 6));
        Attention.Needs n = needs(calm(TODAY.minusDays(1), painful, List.of(), List.of(hard)));
        var red = Story.first(n.reasons(), CareReason.CareRedRecently.class);
        assertThat(red.date()).isEqualTo(TODAY.minusDays(3));
        assertThat(n.most()).isEqualTo(Attention.Concern.RED_RECENTLY);

        Session old = Session.of("old", Activity.RUN, TODAY.minusDays(8).atTime(18, 0).atZone(LONDON), 40, 6);
        List<CheckIn> oldPain = List.of(CheckIn.forSession("ob", "old", CheckInWindow.BEFORE, 2),
                CheckIn.forSession("od", "old", CheckInWindow.DURING, 6));
        assertThat(codes(needs(calm(TODAY.minusDays(1), oldPain, List.of(), List.of(old)))))
                .doesNotContain(Code.CARE_RED_RECENTLY);
    }

    @Test
    void aFlareIsNamedWithItsDay() {
        Attention.Needs n = needs(calm(TODAY.minusDays(1), List.of(),
                List.of(new DeclaredFlare(TODAY.minusDays(4), Optional.empty())), List.of()));
        var flare = Story.first(n.reasons(), CareReason.CareFlare.class);
        assertThat(flare.since()).isEqualTo(TODAY.minusDays(4));
        assertThat(flare.days()).as("day 5 of the flare").isEqualTo(5);
    }

    @Test
    void threeDaysWithoutAMorningCheckInWhileTrainingAreNamedAndOneIsNot() {
        // Runs every other day until yesterday; the mornings after the runs of the last five days are not given,
        // so the last morning check-in is 4 days ago.
        History h = calm(TODAY.minusDays(1), List.of(), List.of(), List.of());
        List<CheckIn> fewer = h.checkIns().stream().filter(c -> c.window() != CheckInWindow.NEXT_MORNING
                || LocalDate.parse(c.sessionId().orElseThrow().substring(1)).isBefore(TODAY.minusDays(4))).toList();
        History missing = new History(h.profile(), List.of(), h.sessions(), fewer, List.of(), List.of(), List.of());
        var gap = Story.first(needs(missing).reasons(), CareReason.CareMorningsMissing.class);
        assertThat(gap.days()).isEqualTo(4);
        assertThat(codes(needs(h))).as("the last morning was 2 days ago").doesNotContain(Code.CARE_MORNINGS_MISSING);
    }

    @Test
    void aClinicianChangeStandsBehindEveryLevelWithWhoAndWhy() {
        History calm = calm(TODAY.minusDays(1), List.of(), List.of(), List.of());
        org.plimsoll.engine.settings.CoachingSettings longer = org.plimsoll.engine.settings.CoachingSettings.DEFAULT
                .with(org.plimsoll.engine.settings.CoachingSettings.Setting.HOLD_DAYS, 21)
                .withChanges(List.of(new org.plimsoll.engine.settings.CoachingSettings.ChangedByClinician(
                        org.plimsoll.engine.settings.CoachingSettings.Setting.HOLD_DAYS, 21, TODAY.minusDays(2),
                        "two reds last month")));
        History h = new History(calm.profile(), List.of(), calm.sessions(), calm.checkIns(), List.of(), List.of(), List.of(),
                java.util.Map.of(), longer);
        Assessment a = Assessment.derivedFrom(h, TODAY);
        assertThat(a.activities()).isNotEmpty().allSatisfy(act -> assertThat(act.reasons())
                .anySatisfy(r -> {
                    assertThat(r).isInstanceOf(CareReason.SettingChangedByClinician.class);
                    var changed = (CareReason.SettingChangedByClinician) r;
                    assertThat(changed.value()).isEqualTo(21);
                    assertThat(changed.why()).isEqualTo("two reds last month");
                }));
        assertThat(Assessment.derivedFrom(calm, TODAY).activities()).allSatisfy(act -> assertThat(act.reasons())
                .noneMatch(r -> r.code() == Code.SETTING_CHANGED_BY_CLINICIAN));
    }
}
