package org.plimsoll.engine.today;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;

/** The usual range the charts draw: the band readiness (ENGINE.md section 8) measures a morning against. */
class UsualRangeTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 5, 31);

    /** {@code n} mornings up to today, alternating between two readings of HRV and of resting heart rate. */
    private static List<DailyContext> mornings(int n, HrvKind kind) {
        List<DailyContext> days = new ArrayList<>();
        for (int i = n - 1; i >= 0; i--) {
            boolean even = i % 2 == 0;
            days.add(new DailyContext(TODAY.minusDays(i), Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty()).withMeasures(Optional.of(Hrv.ofMs(even ? 40 : 60)), Optional.of(kind),
                    Optional.of(HeartRate.ofBpm(even ? 50 : 56))));
        }
        return days;
    }

    @Test
    void theUsualRangeOfHrvIsHalfAStandardDeviationOfItsLogEitherSideOfThe60DayMean() {
        assertThat(UsualRange.ofHrv(mornings(21, HrvKind.RMSSD), TODAY))
                .contains(new UsualRange(43.7, 53.8, Optional.of(HrvKind.RMSSD)));
    }

    @Test
    void theUsualRangeOfRestingHeartRateIsOneStandardDeviationEitherSideOfThe60DayMean() {
        assertThat(UsualRange.ofRestingHeartRate(mornings(21, HrvKind.RMSSD), TODAY))
                .contains(new UsualRange(49.8, 55.9, Optional.empty()));
    }

    @Test
    void noUsualRangeBefore21MorningsOfThe60Days() {
        assertThat(UsualRange.ofHrv(mornings(20, HrvKind.SDNN), TODAY)).isEmpty();
        assertThat(UsualRange.ofRestingHeartRate(mornings(20, HrvKind.SDNN), TODAY)).isEmpty();
        List<DailyContext> old = mornings(21, HrvKind.SDNN);
        assertThat(UsualRange.ofHrv(old, TODAY.plusDays(60))).as("all 21 fell out of the 60 days").isEmpty();
    }

    @Test
    void rmssdAndSdnnNeverShareAUsualRange() {
        List<DailyContext> days = new ArrayList<>(mornings(30, HrvKind.RMSSD));
        // A new watch: SDNN from today, a single morning of it, is no range yet; the RMSSD ones are not mixed in.
        days.set(days.size() - 1, days.get(days.size() - 1).withMeasures(Optional.of(Hrv.ofMs(90)),
                Optional.of(HrvKind.SDNN), Optional.empty()));
        assertThat(UsualRange.ofHrv(days, TODAY)).isEmpty();
    }
}
