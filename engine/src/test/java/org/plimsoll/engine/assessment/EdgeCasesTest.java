package org.plimsoll.engine.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.plimsoll.engine.unit.Minutes;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.Story;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.reason.ResponseReason;
import org.plimsoll.engine.response.Response;
import org.plimsoll.engine.session.Session;

/** Edge cases of time and of missing data. */
class EdgeCasesTest {
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static History history(List<Session> sessions, List<CheckIn> checkIns) {
        return new History(Profile.defaultFor(LONDON), List.of(), sessions, checkIns, List.of(), List.of(), List.of());
    }

    private static CheckIn morning(String id, String session, LocalDate date, int pain, Optional<Instant> recordedAt) {
        return new CheckIn(id, Optional.of(session), CheckInWindow.NEXT_MORNING, Optional.of(date), recordedAt,
                new Pain(pain), false, Optional.empty(), Optional.empty(), Set.of(), false);
    }

    @Test
    void twoSessionsInADayAreEachJudgedByTheirOwnCheckIns() {
        Story story = Story.of().mornings(1, 5, 2);
        String first = story.sessionWithCheckIns(Activity.RUN, 6, 30, 4, 2, 2, 2, 2);
        String second = story.session(Activity.STRENGTH, 6, 30, 5);
        story.checkIn(second, CheckInWindow.DURING, 6, true);
        Assessment a = story.asOf(7);
        assertThat(a.responses()).hasSize(2);
        assertThat(a.responses()).filteredOn(r -> r.session().id().equals(first))
                .extracting(r -> r.response()).containsExactly(Response.GREEN);
        assertThat(a.responses()).filteredOn(r -> r.session().id().equals(second))
                .extracting(r -> r.response()).containsExactly(Response.RED);
    }

    @Test
    void aSessionAcrossMidnightBelongsToTheDayItStartedAndItsNextMorningIsTheDayAfter() {
        ZonedDateTime lateStart = ZonedDateTime.of(2026, 3, 10, 23, 30, 0, 0, LONDON);
        Session late = Session.of("late", Activity.WALK, lateStart, 60, 3);
        History h = history(List.of(late), List.of(morning("m", "late", LocalDate.of(2026, 3, 11), 2, Optional.empty())));
        Assessment a = Assessment.derivedFrom(h, LocalDate.of(2026, 3, 11));
        assertThat(a.responses().get(0).date()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(a.responses().get(0).response()).isEqualTo(Response.GREEN);
    }

    @Test
    void aSessionLoggedInAnotherZoneCountsOnThePersonsOwnDay() {
        // 01:00 on 11 March in London is 20:00 on 10 March in New York.
        ZonedDateTime inNewYork = ZonedDateTime.of(2026, 3, 10, 21, 0, 0, 0, ZoneId.of("America/New_York"));
        Session trip = Session.of("trip", Activity.RUN, inNewYork, 30, 4);
        Assessment a = Assessment.derivedFrom(history(List.of(trip), List.of()), LocalDate.of(2026, 3, 11));
        assertThat(a.responses().get(0).date()).isEqualTo(LocalDate.of(2026, 3, 11));
    }

    @Test
    void theThirtySixHourDeadlineIsRealHoursAcrossTheClockChange() {
        // London springs forward on 29 March 2026: 07:00 on the 28th to the end of the 29th is 40 real hours.
        Session run = Session.of("r", Activity.RUN, ZonedDateTime.of(LocalDate.of(2026, 3, 28), LocalTime.of(7, 0), LONDON),
                30, 4);
        Assessment a = Assessment.derivedFrom(history(List.of(run), List.of()), LocalDate.of(2026, 3, 29));
        assertThat(a.responses().get(0).response()).isEqualTo(Response.INCOMPLETE);
        Assessment sameDay = Assessment.derivedFrom(history(List.of(run), List.of()), LocalDate.of(2026, 3, 28));
        assertThat(sameDay.responses().get(0).response()).isEqualTo(Response.PENDING);
    }

    @Test
    void aCheckInEnteredDaysLateCountsFromTheDayItWasEntered() {
        Session run = Session.of("r", Activity.RUN, ZonedDateTime.of(2026, 3, 10, 7, 0, 0, 0, LONDON), 30, 4);
        Instant enteredLate = ZonedDateTime.of(2026, 3, 14, 20, 0, 0, 0, LONDON).toInstant();
        History h = history(List.of(run), List.of(morning("m", "r", LocalDate.of(2026, 3, 11), 2, Optional.of(enteredLate))));
        assertThat(Assessment.derivedFrom(h, LocalDate.of(2026, 3, 12)).responses().get(0).response())
                .isEqualTo(Response.INCOMPLETE);
        assertThat(Assessment.derivedFrom(h, LocalDate.of(2026, 3, 14)).responses().get(0).response())
                .isEqualTo(Response.GREEN);
    }

    @Test
    void missingWindowsStillGiveAResponseFromWhatIsThere() {
        Story story = Story.of().mornings(1, 5, 2);
        String s = story.session(Activity.RUN, 6, 30, 4);
        story.checkIn(s, CheckInWindow.NEXT_MORNING, 2);
        var r = story.asOf(7).responses().get(0);
        assertThat(r.response()).isEqualTo(Response.GREEN);
        assertThat(r.reasons()).contains(new ResponseReason.NoStartPainUsedUsual(2.0));
    }

    @Test
    void aCheckInDatedFarBeforeAnyOtherCostsNothingForTheDaysBetween() {
        // A check-in in year −100000 once made the engine size arrays by the days since then.
        Story story = Story.of().level(Activity.RUN, 1, 3, 30, 4).mornings(1, 14, 2);
        story.sessionWithCheckIns(Activity.RUN, 3, 30, 4, 2, 2, 2, 2);
        History far = story.history();
        List<CheckIn> checkIns = new java.util.ArrayList<>(far.checkIns());
        checkIns.add(CheckIn.daily("ancient", LocalDate.MIN, 9)); // the span once overflowed an array size
        History withAncient = new History(far.profile(), far.levels(), far.sessions(), checkIns, far.context(),
                far.baselineTests(), far.declaredFlares());
        Assessment a = Assessment.derivedFrom(withAncient, Story.day(14));
        assertThat(a.responses()).singleElement().satisfies(r -> assertThat(r.response()).isEqualTo(Response.GREEN));
    }

    @Test
    void aHistoryAcrossTheWholePlausibleRangeIsAssessed() {
        // Dates are refused outside 1990-01-01 to 2100-12-31 where they enter; inside, the longest
        // span is about 40,000 days, walked day by day by calibration and flares.
        Story story = Story.of();
        History h = story.history();
        History span = new History(h.profile(), List.of(new org.plimsoll.engine.dose.Level(Activity.RUN,
                org.plimsoll.engine.history.PlausibleDates.EARLIEST, 3, Optional.of(Minutes.of(30)),
                Optional.empty(), 4)), h.sessions(), List.of(CheckIn.daily("first",
                org.plimsoll.engine.history.PlausibleDates.EARLIEST, 2)), h.context(), h.baselineTests(), h.declaredFlares());
        Assessment a = Assessment.derivedFrom(span, org.plimsoll.engine.history.PlausibleDates.LATEST);
        // A level set in 1990 and never trained is, 110 years on, a level to start again from (section 6).
        assertThat(a.activities()).singleElement().satisfies(x -> {
            assertThat(x.state()).isEqualTo(org.plimsoll.engine.level.LevelState.NEW);
            assertThat(org.plimsoll.engine.Story.codes(x.reasons()))
                    .containsExactly(org.plimsoll.engine.reason.Reason.Code.BREAK_START_AGAIN);
        });
    }
}
