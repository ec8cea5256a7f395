package org.plimsoll.formats.wearable;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes Apple Health exports as phones do (for tests and the benchmark; never committed): the
 * internal DTD well-formed or as iOS 16 leaves it (an ATTLIST without its '>'), workouts in the
 * older shape (distance as attributes) and the newer one (WorkoutStatistics children), sleep
 * stages, HRV with its beat list, resting heart rate, and the heart-rate samples that make up
 * most of a real file.
 */
public final class AppleHealthExportBuilder {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z", Locale.ROOT);
    static final String WATCH_DEVICE = "&lt;&lt;HKDevice: 0x283336ee0&gt;, name:Apple Watch, manufacturer:Apple Inc., "
            + "model:Watch, hardware:Watch6,2, software:10.1&gt;";

    /** The DTD a file begins with. */
    public enum Dtd { NONE, WELL_FORMED, IOS16_MALFORMED }

    private final StringBuilder body = new StringBuilder();
    private final Dtd dtd;

    public AppleHealthExportBuilder(Dtd dtd) {
        this.dtd = dtd;
    }

    static String date(ZonedDateTime at) {
        return DATE.format(at);
    }

    /** The older shape: distance on the workout itself. */
    public AppleHealthExportBuilder workoutWithTotals(String type, ZonedDateTime start, double minutes, double distance,
                                                      String unit) {
        ZonedDateTime end = start.plusSeconds(Math.round(minutes * 60));
        body.append("  <Workout workoutActivityType=\"HKWorkoutActivityType").append(type).append("\" duration=\"")
                .append(minutes).append("\" durationUnit=\"min\" totalDistance=\"").append(distance)
                .append("\" totalDistanceUnit=\"").append(unit).append("\" totalEnergyBurned=\"210\" "
                        + "totalEnergyBurnedUnit=\"kcal\" sourceName=\"Apple Watch\" sourceVersion=\"4.3\" creationDate=\"")
                .append(date(end)).append("\" startDate=\"").append(date(start)).append("\" endDate=\"").append(date(end))
                .append("\">\n    <MetadataEntry key=\"HKTimeZone\" value=\"").append(start.getZone().getId())
                .append("\"/>\n  </Workout>\n");
        return this;
    }

    /** The newer shape: WorkoutActivity and WorkoutStatistics children, heart rate, and a route file. */
    public AppleHealthExportBuilder workoutWithStatistics(String type, ZonedDateTime start, double minutes, double km,
                                                          int averageHr, int maxHr, String route) {
        ZonedDateTime end = start.plusSeconds(Math.round(minutes * 60) + 120); // two minutes paused
        String distanceType = type.equals("Cycling") ? "DistanceCycling" : type.equals("Swimming")
                ? "DistanceSwimming" : "DistanceWalkingRunning";
        body.append("  <Workout workoutActivityType=\"HKWorkoutActivityType").append(type).append("\" duration=\"")
                .append(minutes).append("\" durationUnit=\"min\" sourceName=\"Sam\u000b’s Apple\u00a0Watch\" "
                        + "sourceVersion=\"10.1\" device=\"").append(WATCH_DEVICE).append("\" creationDate=\"")
                .append(date(end)).append("\" startDate=\"").append(date(start)).append("\" endDate=\"")
                .append(date(end)).append("\">\n")
                .append("    <MetadataEntry key=\"HKIndoorWorkout\" value=\"0\"/>\n")
                .append("    <MetadataEntry key=\"HKTimeZone\" value=\"").append(start.getZone().getId()).append("\"/>\n")
                .append("    <WorkoutEvent type=\"HKWorkoutEventTypePause\" date=\"").append(date(start.plusMinutes(10)))
                .append("\"/>\n")
                .append("    <WorkoutActivity uuid=\"6B0D1C0E\" startDate=\"").append(date(start)).append("\" endDate=\"")
                .append(date(end)).append("\" duration=\"").append(minutes).append("\" durationUnit=\"min\">\n")
                .append("      <WorkoutStatistics type=\"HKQuantityTypeIdentifier").append(distanceType)
                .append("\" startDate=\"").append(date(start)).append("\" endDate=\"").append(date(end))
                .append("\" sum=\"").append(km).append("\" unit=\"km\"/>\n    </WorkoutActivity>\n")
                .append("    <WorkoutStatistics type=\"HKQuantityTypeIdentifierActiveEnergyBurned\" startDate=\"")
                .append(date(start)).append("\" endDate=\"").append(date(end)).append("\" sum=\"312.5\" unit=\"kcal\"/>\n");
        if (km > 0) {
            body.append("    <WorkoutStatistics type=\"HKQuantityTypeIdentifier").append(distanceType)
                    .append("\" startDate=\"").append(date(start)).append("\" endDate=\"").append(date(end))
                    .append("\" sum=\"").append(km).append("\" unit=\"km\"/>\n");
        }
        body.append("    <WorkoutStatistics type=\"HKQuantityTypeIdentifierHeartRate\" startDate=\"").append(date(start))
                .append("\" endDate=\"").append(date(end)).append("\" average=\"").append(averageHr)
                .append("\" minimum=\"88\" maximum=\"").append(maxHr).append("\" unit=\"count/min\"/>\n");
        if (route != null) {
            body.append("    <WorkoutRoute sourceName=\"Apple Watch\" sourceVersion=\"10.1\" creationDate=\"")
                    .append(date(end)).append("\" startDate=\"").append(date(start)).append("\" endDate=\"")
                    .append(date(end)).append("\">\n      <MetadataEntry key=\"HKMetadataKeySyncVersion\" value=\"2\"/>\n"
                            + "      <FileReference path=\"").append(route).append("\"/>\n    </WorkoutRoute>\n");
        }
        body.append("  </Workout>\n");
        return this;
    }

    /** A stretch of sleep of one stage ("AsleepCore", "InBed", "Asleep" …) from one source. */
    public AppleHealthExportBuilder sleep(String source, String stage, ZonedDateTime start, ZonedDateTime end) {
        body.append("  <Record type=\"HKCategoryTypeIdentifierSleepAnalysis\" sourceName=\"").append(source)
                .append("\" sourceVersion=\"17.2\" creationDate=\"").append(date(end)).append("\" startDate=\"")
                .append(date(start)).append("\" endDate=\"").append(date(end))
                .append("\" value=\"HKCategoryValueSleepAnalysis").append(stage).append("\">\n")
                .append("    <MetadataEntry key=\"HKTimeZone\" value=\"").append(start.getZone().getId())
                .append("\"/>\n  </Record>\n");
        return this;
    }

    public AppleHealthExportBuilder hrv(ZonedDateTime at, double ms) {
        body.append("  <Record type=\"HKQuantityTypeIdentifierHeartRateVariabilitySDNN\" sourceName=\"Apple Watch\" "
                + "sourceVersion=\"10.1\" device=\"").append(WATCH_DEVICE).append("\" unit=\"ms\" creationDate=\"")
                .append(date(at.plusMinutes(1))).append("\" startDate=\"").append(date(at)).append("\" endDate=\"")
                .append(date(at.plusMinutes(1))).append("\" value=\"").append(ms).append("\">\n")
                .append("    <HeartRateVariabilityMetadataList>\n");
        for (int i = 0; i < 4; i++) {
            body.append("      <InstantaneousBeatsPerMinute bpm=\"").append(60 + i).append("\" time=\"")
                    .append(String.format(Locale.ROOT, "%02d:%02d:%02d,%02d", at.getHour(), at.getMinute(), i, 17 * i))
                    .append("\"/>\n");
        }
        body.append("    </HeartRateVariabilityMetadataList>\n  </Record>\n");
        return this;
    }

    public AppleHealthExportBuilder resting(ZonedDateTime at, int bpm) {
        body.append("  <Record type=\"HKQuantityTypeIdentifierRestingHeartRate\" sourceName=\"Apple Watch\" "
                + "sourceVersion=\"10.1\" unit=\"count/min\" creationDate=\"").append(date(at.plusHours(14)))
                .append("\" startDate=\"").append(date(at)).append("\" endDate=\"").append(date(at.plusHours(14)))
                .append("\" value=\"").append(bpm).append("\"/>\n");
        return this;
    }

    /** A heart-rate sample, the bulk of a real export, with a stray control character in its source. */
    public AppleHealthExportBuilder heartRate(ZonedDateTime at, int bpm) {
        body.append("  <Record type=\"HKQuantityTypeIdentifierHeartRate\" sourceName=\"Sam\u000b’s Apple Watch\" "
                + "sourceVersion=\"10.1\" device=\"").append(WATCH_DEVICE).append("\" unit=\"count/min\" creationDate=\"")
                .append(date(at.plusSeconds(6))).append("\" startDate=\"").append(date(at)).append("\" endDate=\"")
                .append(date(at)).append("\" value=\"").append(bpm).append("\">\n    <MetadataEntry key=\""
                        + "HKMetadataKeyHeartRateMotionContext\" value=\"0\"/>\n  </Record>\n");
        return this;
    }

    /** Any raw text inside HealthData (a hostile element, say). */
    public AppleHealthExportBuilder raw(String xml) {
        body.append(xml);
        return this;
    }

    public String xml() {
        return head(dtd) + body + "</HealthData>\n";
    }

    public byte[] bytes() {
        return xml().getBytes(StandardCharsets.UTF_8);
    }

    /** The export as the phone shares it: export.xml, its routes, and the files beside them. */
    public Path zipTo(Path zip, String routeName, String routeGpx) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            put(out, "apple_health_export/export.xml", bytes());
            put(out, "apple_health_export/export_cda.xml", "<ClinicalDocument/>".getBytes(StandardCharsets.UTF_8));
            put(out, "apple_health_export/electrocardiograms/ecg_2024-01-01.csv",
                    "Name,Sam\nDate of Birth,1980-01-01\n".getBytes(StandardCharsets.UTF_8));
            put(out, "__MACOSX/apple_health_export/._export.xml", new byte[] {0, 5, 22, 7});
            if (routeName != null) {
                put(out, "apple_health_export/workout-routes/" + routeName, routeGpx.getBytes(StandardCharsets.UTF_8));
            }
        }
        return zip;
    }

    private static void put(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    static String head(Dtd dtd) {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
        String attlists = "  <!ELEMENT HealthData (ExportDate,Me,(Record|Correlation|Workout|ActivitySummary)*)>\n"
                + "  <!ATTLIST HealthData\n    locale CDATA #REQUIRED\n  >\n"
                + "  <!ELEMENT Record ((MetadataEntry|HeartRateVariabilityMetadataList)*)>\n"
                + "  <!ATTLIST Record\n    type CDATA #REQUIRED\n    unit CDATA #IMPLIED\n    value CDATA #IMPLIED\n"
                + "    sourceName CDATA #REQUIRED\n    startDate CDATA #REQUIRED\n    endDate CDATA #REQUIRED\n  >\n";
        String ios16 = "  <!ELEMENT WorkoutActivity ((WorkoutEvent|WorkoutStatistics|MetadataEntry)*)>\n"
                + "  <!ATTLIST WorkoutActivity\n    uuid CDATA #REQUIRED\n    startDate CDATA #REQUIRED\n"
                + "    endDate CDATA #IMPLIED\n    duration CDATA #IMPLIED\n    durationUnit CDATA #IMPLIED\n"
                + "  <!ELEMENT WorkoutStatistics EMPTY>\n"
                + "  <!ATTLIST WorkoutStatistics\n    type CDATA #REQUIRED\n    sum CDATA #IMPLIED\n  >\n";
        xml += switch (dtd) {
            case NONE -> "";
            case WELL_FORMED -> "<!DOCTYPE HealthData [\n<!-- HealthKit Export Version: 11 -->\n" + attlists + "]>\n";
            case IOS16_MALFORMED -> "<!DOCTYPE HealthData [\n<!-- HealthKit Export Version: 12 -->\n" + attlists
                    + ios16 + "]>\n";
        };
        return xml + "<HealthData locale=\"en_GB\">\n  <ExportDate value=\"2024-06-01 08:10:05 +0100\"/>\n"
                + "  <Me HKCharacteristicTypeIdentifierDateOfBirth=\"1980-01-01\" "
                + "HKCharacteristicTypeIdentifierBiologicalSex=\"HKBiologicalSexFemale\"/>\n";
    }

    /**
     * Writes a large export of about {@code bytes} bytes, as years of a watch's life: each day
     * about two thousand heart-rate samples, a night's sleep stages from watch and phone, the
     * morning HRV, a resting heart rate and a workout (newer shape). Streamed: nothing is held.
     */
    public static long writeLarge(Path file, long bytes) throws IOException {
        ZonedDateTime day = ZonedDateTime.of(2019, 1, 1, 0, 0, 0, 0, ZoneId.of("Europe/London"));
        long days = 0;
        try (OutputStream raw = Files.newOutputStream(file);
             BufferedWriter out = new BufferedWriter(new OutputStreamWriter(raw, StandardCharsets.UTF_8), 1 << 16)) {
            out.write(head(Dtd.IOS16_MALFORMED));
            long written = 0;
            while (written < bytes) {
                AppleHealthExportBuilder one = new AppleHealthExportBuilder(Dtd.NONE);
                for (int i = 0; i < 1200; i++) {
                    one.heartRate(day.plusSeconds(i * 72L), 60 + (i * 7) % 80);
                }
                ZonedDateTime bed = day.minusHours(1);
                one.sleep("Sam’s iPhone", "InBed", bed, bed.plusHours(8));
                for (int k = 0; k < 12; k++) {
                    one.sleep("Sam’s Apple Watch", k % 3 == 0 ? "AsleepDeep" : k % 3 == 1 ? "AsleepCore" : "AsleepREM",
                            bed.plusMinutes(20 + 38L * k), bed.plusMinutes(20 + 38L * k + 36));
                }
                one.hrv(day.plusHours(7), 30 + days % 40).resting(day.plusHours(6), 52 + (int) (days % 9))
                        .workoutWithStatistics(days % 2 == 0 ? "Running" : "Cycling", day.plusHours(18), 45,
                                days % 2 == 0 ? 8.1 : 20.4, 142, 171, null);
                String chunk = one.body.toString();
                out.write(chunk);
                written += chunk.length();
                day = day.plusDays(1);
                days++;
            }
            out.write("</HealthData>\n");
        }
        return days;
    }
}
