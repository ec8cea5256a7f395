package org.plimsoll.formats.activity;

import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;
import org.plimsoll.formats.fit.FitContents;
import org.plimsoll.formats.fit.FitFormatException;
import org.plimsoll.formats.fit.FitProfile;
import org.plimsoll.formats.fit.FitSession;
import org.plimsoll.formats.fit.FitWellness;
import org.plimsoll.formats.wearable.DailyMeasures;

/**
 * The activities of a FIT file: one per session, its sport named and mapped by the FIT profile;
 * or, for a Garmin wellness file (sleep, HRV status, wellness), its daily measures, added to
 * {@code measures}. Garmin's overnight HRV is RMSSD.
 */
final class FitReader {
    private FitReader() {
    }

    static List<ImportedActivity> read(InputStream in, ZoneId zone, List<DailyMeasures> measures)
            throws ActivityFileException {
        try {
            FitContents contents = FitContents.read(in, zone);
            List<ImportedActivity> activities = new ArrayList<>();
            for (FitSession s : contents.sessions()) {
                activities.add(new ImportedActivity(FitProfile.sportName(s.sport()),
                        FitProfile.activity(s.sport(), s.subSport()), s.start(), s.elapsedSeconds(),
                        OptionalDouble.of(s.timerSeconds()), s.distanceMetres(), s.averageHeartRate(),
                        s.maxHeartRate(), OptionalInt.empty()));
            }
            if (activities.isEmpty() && contents.days().isEmpty()) {
                throw new ActivityFileException("the Garmin wellness file holds no sleep, HRV or resting heart rate");
            }
            for (FitWellness.Day day : contents.days()) {
                measures.add(measures(day));
            }
            return activities;
        } catch (FitFormatException e) {
            throw new ActivityFileException(e.getMessage(), e);
        }
    }

    private static DailyMeasures measures(FitWellness.Day day) {
        Optional<Hrv> hrv = day.rmssdMs().isPresent() ? Optional.of(Hrv.ofMs(day.rmssdMs().getAsDouble()))
                : Optional.empty();
        return new DailyMeasures(day.date(),
                day.sleepHours().isPresent() ? Optional.of(day.sleepHours().getAsDouble()) : Optional.empty(), hrv,
                hrv.map(h -> HrvKind.RMSSD),
                day.restingHeartRate().isPresent() ? Optional.of(HeartRate.ofBpm(day.restingHeartRate().getAsInt()))
                        : Optional.empty());
    }
}
