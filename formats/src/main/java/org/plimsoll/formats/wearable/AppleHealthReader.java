package org.plimsoll.formats.wearable;

import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;
import org.plimsoll.formats.xml.SafeXml;

/**
 * Reads an Apple Health {@code export.xml} as a stream, in memory that does not grow with the
 * file: workouts in both of Apple's shapes, hours asleep per night, the morning's heart-rate
 * variability (SDNN) and the resting heart rate per day. Everything else (heart-rate samples,
 * steps, energy: most of the file) is passed over. Records come grouped by type, not in time
 * order, so a day's first reading is the earliest seen, wherever it stands in the file.
 */
public final class AppleHealthReader {
    static final String SLEEP = "HKCategoryTypeIdentifierSleepAnalysis";
    static final String HRV_SDNN = "HKQuantityTypeIdentifierHeartRateVariabilitySDNN";
    static final String RESTING_HEART_RATE = "HKQuantityTypeIdentifierRestingHeartRate";
    private static final List<String> READ_TYPES = List.of(SLEEP, HRV_SDNN, RESTING_HEART_RATE);
    private static final String ASLEEP = "HKCategoryValueSleepAnalysisAsleep";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss Z");

    /** What an export held: its workouts in file order, the measures per day, and notes on what was left out. */
    public record Export(List<AppleWorkout> workouts, List<DailyMeasures> days, List<String> notes) {
        public Export {
            workouts = List.copyOf(workouts);
            days = List.copyOf(days);
            notes = List.copyOf(notes);
        }
    }

    private final List<AppleWorkout> workouts = new ArrayList<>();
    private final SleepNights sleep = new SleepNights();
    private final Map<LocalDate, Reading> hrv = new TreeMap<>();
    private final Map<LocalDate, Reading> resting = new TreeMap<>();
    private final TreeSet<String> unknownTypes = new TreeSet<>();
    private int unreadable;
    private int other;

    private AppleHealthReader() {
    }

    /** Reads the whole export; the caller closes the stream. */
    public static Export read(InputStream in) throws WearableFileException {
        return read(in, true);
    }

    /** Reads the whole export, with the records not read left out before parsing or (to test that) not. */
    static Export read(InputStream in, boolean sieved) throws WearableFileException {
        AppleHealthReader reader = new AppleHealthReader();
        try (SafeXml xml = SafeXml.open(sieved ? new RecordSieve(ExportXmlFilter.of(in), READ_TYPES)
                : ExportXmlFilter.of(in))) {
            reader.readAll(xml);
        } catch (XMLStreamException e) {
            throw new WearableFileException("the export " + SafeXml.problem(e), e);
        } catch (IOException e) {
            String message = String.valueOf(e.getMessage());
            throw new WearableFileException(message.startsWith("it ") ? "the export " + message.substring(3)
                    : "the export cannot be read: " + message, e);
        }
        return reader.export();
    }

    private void readAll(SafeXml xml) throws XMLStreamException, WearableFileException {
        Pending record = null;
        WorkoutParts workout = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                int depth = xml.depth();
                if (depth == 2) {
                    String name = xml.localName();
                    record = name.equals("Record") ? Pending.of(xml) : null;
                    workout = name.equals("Workout") ? WorkoutParts.of(xml) : null;
                } else if (depth == 1 && !xml.localName().equals("HealthData")) {
                    throw new WearableFileException("the file is not an Apple Health export: it begins with <"
                            + xml.localName() + ">, not <HealthData>");
                } else if (record != null || workout != null) {
                    nested(xml, depth, record, workout);
                }
            } else if (event == XMLStreamConstants.END_ELEMENT && xml.depth() == 1) {
                if (record != null) {
                    take(record);
                } else if (workout != null) {
                    take(workout);
                }
                record = null;
                workout = null;
            }
        }
    }

    /** What an element inside a record or workout adds to it: its time zone, a statistic, its route. */
    private static void nested(SafeXml xml, int depth, Pending record, WorkoutParts workout) {
        String name = xml.localName();
        if (depth == 3 && name.equals("MetadataEntry") && "HKTimeZone".equals(xml.attribute("key"))) {
            String zone = xml.attribute("value");
            if (record != null) {
                record.zone = zone;
            } else {
                workout.zone = zone;
            }
        } else if (workout != null && depth == 3 && name.equals("WorkoutStatistics")) {
            workout.statistic(xml);
        } else if (workout != null && name.equals("FileReference") && workout.route == null) {
            workout.route = xml.attribute("path");
        }
    }

    private void take(Pending record) {
        try {
            ZonedDateTime start = local(record.start, record.zone);
            switch (record.type) {
                case SLEEP -> {
                    if (record.value != null && record.value.startsWith(ASLEEP)
                            && !sleep.add(start, local(record.end, record.zone))) {
                        unreadable++;
                    }
                }
                case HRV_SDNN -> earliest(hrv, start, new Hrv(Double.parseDouble(record.value)).ms());
                case RESTING_HEART_RATE ->
                        earliest(resting, start, new HeartRate((int) Math.round(Double.parseDouble(record.value))).bpm());
                default -> { }
            }
        } catch (DateTimeException | IllegalArgumentException | NullPointerException unusable) {
            unreadable++; // a date or value that is missing, malformed or impossible (NumberFormatException included)
        }
    }

    private void take(WorkoutParts parts) {
        try {
            AppleWorkout workout = parts.workout(local(parts.start, parts.zone), local(parts.end, parts.zone));
            workouts.add(workout);
            if (workout.activity() == org.plimsoll.engine.activity.Activity.OTHER) {
                other++;
                unknownTypes.add(AppleActivityTypes.shortName(workout.type()));
            }
        } catch (DateTimeException | IllegalArgumentException | NullPointerException unusable) {
            unreadable++;
        }
    }

    private static void earliest(Map<LocalDate, Reading> day, ZonedDateTime at, double value) {
        day.merge(at.toLocalDate(), new Reading(at.toEpochSecond(), value),
                (old, fresh) -> fresh.epochSecond < old.epochSecond ? fresh : old);
    }

    /** A date as Apple writes it ("2024-01-01 07:25:41 +0200"), in the time zone recorded with it when known. */
    static ZonedDateTime local(String date, String zone) {
        OffsetDateTime at = OffsetDateTime.parse(date, DATE);
        if (zone != null) {
            try {
                return at.atZoneSameInstant(ZoneId.of(zone));
            } catch (DateTimeException unknownZone) {
                // the offset written with the date stands
            }
        }
        return at.toZonedDateTime();
    }

    private Export export() {
        Map<LocalDate, Double> nights = sleep.hours();
        TreeSet<LocalDate> dates = new TreeSet<>(nights.keySet());
        dates.addAll(hrv.keySet());
        dates.addAll(resting.keySet());
        List<DailyMeasures> days = new ArrayList<>();
        for (LocalDate date : dates) {
            Optional<Reading> morning = Optional.ofNullable(hrv.get(date));
            days.add(new DailyMeasures(date, Optional.ofNullable(nights.get(date)),
                    morning.map(r -> new Hrv(r.value)), morning.map(r -> HrvKind.SDNN),
                    Optional.ofNullable(resting.get(date)).map(r -> new HeartRate((int) r.value))));
        }
        List<String> notes = new ArrayList<>();
        if (other > 0) {
            notes.add(other + (other == 1 ? " workout" : " workouts") + " of a kind Plimsoll does not know ("
                    + String.join(", ", unknownTypes) + ") came in as \"other\"; you can relabel them");
        }
        if (unreadable > 0) {
            notes.add(unreadable + (unreadable == 1 ? " entry was" : " entries were")
                    + " left out: a date or value that cannot be read or cannot be right");
        }
        return new Export(workouts, days, notes);
    }

    private record Reading(long epochSecond, double value) {
    }

    /** A sleep, HRV or resting-heart-rate record, kept until its end, where its time zone may follow. */
    private static final class Pending {
        final String type;
        final String start;
        final String end;
        final String value;
        String zone;

        private Pending(String type, SafeXml xml) {
            this.type = type;
            this.start = xml.attribute("startDate");
            this.end = xml.attribute("endDate");
            this.value = xml.attribute("value");
        }

        /** The record, if it is one of the kinds read; null for the rest. */
        static Pending of(SafeXml xml) {
            String type = xml.attribute("type");
            return SLEEP.equals(type) || HRV_SDNN.equals(type) || RESTING_HEART_RATE.equals(type)
                    ? new Pending(type, xml) : null;
        }
    }
}
