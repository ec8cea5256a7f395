package org.plimsoll.formats.activity;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.plimsoll.formats.fit.FitActivities;
import org.plimsoll.formats.fit.FitFormatException;
import org.plimsoll.formats.fit.FitProfile;
import org.plimsoll.formats.fit.FitSession;

/** The activities of a FIT file: one per session, its sport named and mapped by the FIT profile. */
final class FitReader {
    private FitReader() {
    }

    static List<ImportedActivity> read(InputStream in) throws ActivityFileException {
        try {
            List<ImportedActivity> activities = new ArrayList<>();
            for (FitSession s : FitActivities.read(in)) {
                activities.add(new ImportedActivity(FitProfile.sportName(s.sport()),
                        FitProfile.activity(s.sport(), s.subSport()), s.start(), s.elapsedSeconds(),
                        OptionalDouble.of(s.timerSeconds()), s.distanceMetres(), s.averageHeartRate(),
                        s.maxHeartRate(), OptionalInt.empty()));
            }
            return activities;
        } catch (FitFormatException e) {
            throw new ActivityFileException(e.getMessage(), e);
        }
    }
}
