package org.plimsoll.formats.activity;

import java.time.Instant;
import java.util.Locale;

/** Small, valid GPX and TCX files for tests that must run on any machine. */
public final class ActivityFiles {
    /** Points every 10 s, 0.0005° of longitude apart at latitude 0: about 55.66 m. */
    private static final double STEP_DEGREES = 0.0005;

    private ActivityFiles() {
    }

    /** A GPX 1.1 ride with a point every 10 seconds and the Garmin heart-rate extension. */
    public static String gpx(Instant start, int seconds, int heartRate) {
        return gpx(start, seconds, heartRate, STEP_DEGREES);
    }

    /** The same, {@code stepDegrees} of longitude every 10 seconds: 0.0001 is a walk's 4 km/h. */
    public static String gpx(Instant start, int seconds, int heartRate, double stepDegrees) {
        StringBuilder s = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <gpx version="1.1" creator="plimsoll-tests" xmlns="http://www.topografix.com/GPX/1/1"
                     xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">
                  <trk><name>Ride</name><type>cycling</type><trkseg>
                """);
        for (int t = 0, i = 0; t <= seconds; t += 10, i++) {
            s.append(String.format(Locale.ROOT, "    <trkpt lat=\"0\" lon=\"%.4f\"><time>%s</time><extensions>"
                    + "<gpxtpx:TrackPointExtension><gpxtpx:hr>%d</gpxtpx:hr></gpxtpx:TrackPointExtension>"
                    + "</extensions></trkpt>%n", i * stepDegrees, start.plusSeconds(t), heartRate + i % 3 - 1));
        }
        return s.append("  </trkseg></trk>\n</gpx>\n").toString();
    }

    /** The distance {@link #gpx} covers, in metres. */
    public static double gpxMetres(int seconds) {
        return (seconds / 10) * STEP_DEGREES * Math.PI / 180 * 6_371_008.8;
    }

    /** A TCX file with one activity of one lap, or several activities when given several starts. */
    public static String tcx(Instant start, int seconds, double metresPerSecond, int heartRate) {
        return tcxOf(activity("Running", start, seconds, metresPerSecond, heartRate));
    }

    public static String tcxOf(String... activities) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2">
                  <Activities>
                """ + String.join("", activities) + "  </Activities>\n</TrainingCenterDatabase>\n";
    }

    public static String activity(String sport, Instant start, int seconds, double metresPerSecond, int heartRate) {
        StringBuilder s = new StringBuilder();
        s.append("    <Activity Sport=\"").append(sport).append("\">\n      <Id>").append(start).append("</Id>\n");
        s.append("      <Lap StartTime=\"").append(start).append("\">\n");
        s.append("        <TotalTimeSeconds>").append(seconds).append("</TotalTimeSeconds>\n");
        s.append("        <DistanceMeters>").append(seconds * metresPerSecond).append("</DistanceMeters>\n");
        s.append("        <AverageHeartRateBpm><Value>").append(heartRate).append("</Value></AverageHeartRateBpm>\n");
        s.append("        <MaximumHeartRateBpm><Value>").append(heartRate + 20).append("</Value></MaximumHeartRateBpm>\n");
        s.append("        <Track>\n");
        for (int t = 0; t <= seconds; t += 60) {
            s.append("          <Trackpoint><Time>").append(start.plusSeconds(t)).append("</Time><DistanceMeters>")
                    .append(t * metresPerSecond).append("</DistanceMeters><HeartRateBpm><Value>").append(heartRate)
                    .append("</Value></HeartRateBpm></Trackpoint>\n");
        }
        return s.append("        </Track>\n      </Lap>\n    </Activity>\n").toString();
    }
}
