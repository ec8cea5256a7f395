package org.plimsoll.formats.activity;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.plimsoll.formats.xml.SafeXml;

/**
 * Training Center XML activities, read with the JDK's StAX reader: every {@code <Activity>} of
 * the file is one activity, with its laps' times, distances and heart rate, and heart rate from
 * the trackpoints when the laps carry none.
 */
public final class TcxActivities {
    /** More activities than this in one file is not a training log. */
    static final int MAX_ACTIVITIES = 20_000;

    private TcxActivities() {
    }

    public static List<ImportedActivity> read(byte[] file) throws ActivityFileException {
        return read(new ByteArrayInputStream(file));
    }

    public static List<ImportedActivity> read(InputStream file) throws ActivityFileException {
        try (SafeXml xml = SafeXml.open(file)) {
            return read(xml);
        } catch (XMLStreamException e) {
            throw new ActivityFileException("the TCX file " + SafeXml.problem(e), e);
        } catch (IOException e) {
            throw new ActivityFileException("the TCX file cannot be read: " + e.getMessage(), e);
        }
    }

    private static List<ImportedActivity> read(SafeXml xml) throws XMLStreamException, ActivityFileException {
        List<ImportedActivity> activities = new ArrayList<>();
        Deque<String> path = new ArrayDeque<>();
        boolean sawRoot = false;
        boolean sawCourse = false;
        Building current = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.localName();
                path.push(name);
                if (name.equals("TrainingCenterDatabase")) {
                    sawRoot = true;
                } else if (name.equals("Course")) {
                    sawCourse = true;
                } else if (name.equals("Activity")) {
                    if (activities.size() >= MAX_ACTIVITIES) {
                        throw new ActivityFileException("the file holds more than " + MAX_ACTIVITIES + " activities");
                    }
                    current = new Building(xml.attribute("Sport"));
                } else if (current != null && name.equals("Lap")) {
                    current.laps++;
                    current.lapStart(instant(xml.attribute("StartTime"), xml));
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = path.pop();
                String parent = path.peek();
                String value = xml.text();
                if (current == null) {
                    continue;
                }
                if (name.equals("Activity")) {
                    activities.add(current.activity());
                    current = null;
                } else if (name.equals("Id") && "Activity".equals(parent)) {
                    current.id = instant(value, xml);
                } else if ("Lap".equals(parent)) {
                    switch (name) {
                        case "TotalTimeSeconds" -> current.lapSeconds(number(value, name, xml));
                        case "DistanceMeters" -> current.metres += number(value, name, xml);
                        default -> { }
                    }
                } else if (name.equals("Value") && "AverageHeartRateBpm".equals(parent) && isLap(path)) {
                    current.lapAverageHeartRate(number(value, "AverageHeartRateBpm", xml));
                } else if (name.equals("Value") && "MaximumHeartRateBpm".equals(parent) && isLap(path)) {
                    current.heartRateMax = Math.max(current.heartRateMax, (int) number(value, name, xml));
                } else if (name.equals("Value") && "HeartRateBpm".equals(parent)) {
                    current.pointHeartRate((int) number(value, "HeartRateBpm", xml));
                } else if (name.equals("Time") && "Trackpoint".equals(parent)) {
                    current.pointTime(instant(value, xml));
                }
            }
        }
        if (!sawRoot) {
            throw new ActivityFileException("not a TCX file: there is no <TrainingCenterDatabase> element");
        }
        if (activities.isEmpty()) {
            throw new ActivityFileException(sawCourse ? "no activity: the file holds a planned course"
                    : "no activity in the file");
        }
        return activities;
    }

    /** The parent of the heart-rate element is a lap's summary, not a trackpoint. */
    private static boolean isLap(Deque<String> path) {
        var it = path.iterator();
        it.next();
        return it.hasNext() && it.next().equals("Lap");
    }

    /** One activity while it is read. */
    private static final class Building {
        final String sport;
        Instant id;
        Instant firstLap;
        Instant lapsEnd;
        Instant lastPoint;
        Instant currentLapStart;
        int laps;
        double timerSeconds;
        double metres;
        double weightedHeartRate;
        double heartRateSeconds;
        double lastLapSeconds;
        int heartRateMax;
        long pointHeartRateSum;
        int pointHeartRateCount;

        Building(String sport) {
            this.sport = sport == null ? "Other" : sport;
        }

        void lapStart(Instant start) {
            currentLapStart = start;
            lastLapSeconds = 0;
            firstLap = firstLap == null || start.isBefore(firstLap) ? start : firstLap;
        }

        void lapSeconds(double seconds) {
            timerSeconds += seconds;
            Instant end = currentLapStart.plusMillis(Math.round(seconds * 1000));
            lapsEnd = lapsEnd == null || end.isAfter(lapsEnd) ? end : lapsEnd;
            lastLapSeconds = seconds;
        }

        /** Lap averages count by the lap's length, which the schema puts before them. */
        void lapAverageHeartRate(double bpm) {
            double weight = Math.max(lastLapSeconds, 1);
            weightedHeartRate += bpm * weight;
            heartRateSeconds += weight;
        }

        void pointHeartRate(int bpm) {
            if (bpm > 0 && bpm < 255) {
                pointHeartRateSum += bpm;
                pointHeartRateCount++;
                heartRateMax = Math.max(heartRateMax, bpm);
            }
        }

        void pointTime(Instant t) {
            lastPoint = lastPoint == null || t.isAfter(lastPoint) ? t : lastPoint;
        }

        ImportedActivity activity() throws ActivityFileException {
            Instant start = firstLap != null ? firstLap : id;
            if (start == null) {
                throw new ActivityFileException("an activity has neither an Id nor laps, so its start is unknown");
            }
            Instant end = lapsEnd == null ? start : lapsEnd;
            if (lastPoint != null && lastPoint.isAfter(end)) {
                end = lastPoint;
            }
            OptionalInt average = heartRateSeconds > 0 ? OptionalInt.of((int) Math.round(weightedHeartRate / heartRateSeconds))
                    : pointHeartRateCount > 0
                    ? OptionalInt.of((int) Math.round((double) pointHeartRateSum / pointHeartRateCount))
                    : OptionalInt.empty();
            return new ImportedActivity(sport, SportNames.activity(sport), start,
                    Duration.between(start, end).toMillis() / 1000.0,
                    laps > 0 ? OptionalDouble.of(timerSeconds) : OptionalDouble.empty(),
                    metres > 0 ? OptionalDouble.of(metres) : OptionalDouble.empty(), average,
                    heartRateMax > 0 ? OptionalInt.of(heartRateMax) : OptionalInt.empty(), OptionalInt.empty());
        }
    }

    private static Instant instant(String value, SafeXml xml) throws ActivityFileException {
        if (value == null) {
            throw new ActivityFileException("a lap has no StartTime" + line(xml));
        }
        try {
            return OffsetDateTime.parse(value.trim()).toInstant();
        } catch (DateTimeParseException e) {
            try {
                return Instant.parse(value.trim() + "Z"); // a few writers leave out the zone: UTC by the schema
            } catch (DateTimeParseException again) {
                throw new ActivityFileException("'" + value + "' is not a date and time" + line(xml));
            }
        }
    }

    private static double number(String value, String field, SafeXml xml) throws ActivityFileException {
        try {
            double n = Double.parseDouble(value);
            if (!Double.isFinite(n) || n < 0) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ActivityFileException(field + " '" + value + "' is not a number" + line(xml));
        }
    }

    private static String line(SafeXml xml) {
        return xml.line();
    }
}
