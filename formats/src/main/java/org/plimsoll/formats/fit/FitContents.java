package org.plimsoll.formats.fit;

import java.io.InputStream;
import java.time.ZoneId;
import java.util.List;

/**
 * What one FIT file holds for an import, read in a single pass: the sessions of an activity file,
 * or the daily measures of a Garmin wellness file (sleep, overnight HRV, resting heart rate). A
 * file that is neither is refused with what it is, as an activity file that holds no activity is.
 */
public record FitContents(List<FitSession> sessions, List<FitWellness.Day> days) {
    public FitContents {
        sessions = List.copyOf(sessions);
        days = List.copyOf(days);
    }

    /** Reads one FIT file (plain or gzipped); days are dated in {@code zone}, the person's time zone. */
    public static FitContents read(InputStream in, ZoneId zone) throws FitFormatException {
        FitActivities.Collector activity = new FitActivities.Collector();
        FitWellness wellness = new FitWellness(zone);
        FitDecoder.decode(FitActivities.unwrap(in), new FitDecoder.Handler() {
            @Override
            public void segmentStart(int segment) {
                activity.segmentStart(segment);
            }

            @Override
            public void message(FitMessage message) {
                activity.message(message);
                wellness.message(message);
            }
        });
        if (!activity.isActivity() && wellness.isWellness()) {
            return new FitContents(List.of(), wellness.days());
        }
        return new FitContents(activity.sessions(), List.of());
    }
}
