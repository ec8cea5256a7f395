package org.plimsoll.formats.fit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.plimsoll.formats.io.Gzip;

/**
 * The sessions of a FIT activity file. Session messages give sport, start, elapsed and timer
 * time, distance, heart rate and ascent; laps are counted per session; heart rate from the
 * records fills in a session that lacks it. A file without session messages (some devices
 * write none) becomes one session from its records. Transitions between the legs of a multisport
 * file are left out. A file that is not an activity (monitoring, a workout, settings) is rejected
 * with what it is.
 */
public final class FitActivities {
    /** Seconds from the Unix epoch to the FIT epoch, 1989-12-31T00:00:00Z. */
    static final long FIT_EPOCH = 631_065_600L;
    /** The file type of an activity file (file_id.type). */
    static final int ACTIVITY_FILE = 4;
    /** The sport of the pause between the legs of a multisport event. */
    static final int TRANSITION = 3;

    private FitActivities() {
    }

    /** Reads the sessions of one FIT file (plain or gzipped). */
    public static List<FitSession> read(InputStream in) throws FitFormatException {
        Collector collector = new Collector();
        FitDecoder.decode(unwrap(in), collector);
        return collector.sessions();
    }

    /** The file's bytes, inflated when gzipped. */
    static InputStream unwrap(InputStream in) throws FitFormatException {
        try {
            return Gzip.unwrap(new BufferedInputStream(in));
        } catch (IOException e) {
            throw new FitFormatException("could not read the file: " + e.getMessage(), 0);
        }
    }

    /** Collects what the import needs while the decoder streams; a few numbers per session. */
    static final class Collector implements FitDecoder.Handler {
        private final List<FitSession> sessions = new ArrayList<>();
        private final List<Integer> fileTypes = new ArrayList<>();
        private int fileType = -1;
        private int laps;
        private int sport;
        private int subSport;
        // Records since the last session message: heart rate and the span they cover.
        private long heartRateSum;
        private int heartRateCount;
        private int heartRateMax;
        private int records;
        private long firstRecord = -1;
        private long lastRecord = -1;
        private double lastDistance = -1; // metres

        @Override
        public void segmentStart(int segment) {
            fileType = -1;
        }

        @Override
        public void message(FitMessage m) {
            if (m.name().equals("file_id")) {
                m.integer("type").ifPresent(type -> {
                    fileType = (int) type;
                    fileTypes.add(fileType);
                });
                return;
            }
            if (fileType != ACTIVITY_FILE) {
                return;
            }
            switch (m.name()) {
                case "sport" -> {
                    sport = (int) m.integer("sport").orElse(0);
                    subSport = (int) m.integer("sub_sport").orElse(0);
                }
                case "lap" -> laps++;
                case "record" -> record(m);
                case "session" -> session(m);
                default -> {
                    // other messages carry nothing the import uses
                }
            }
        }

        private void record(FitMessage m) {
            records++;
            OptionalLong t = m.integer("timestamp");
            if (t.isPresent() && isTimestamp(t.getAsLong())) {
                firstRecord = firstRecord < 0 ? t.getAsLong() : Math.min(firstRecord, t.getAsLong());
                lastRecord = Math.max(lastRecord, t.getAsLong());
            }
            m.integer("heart_rate").ifPresent(value -> {
                int hr = (int) value;
                heartRateSum += hr;
                heartRateCount++;
                heartRateMax = Math.max(heartRateMax, hr);
            });
            m.field("distance").ifPresent(metres -> lastDistance = Math.max(lastDistance, metres));
        }

        private void session(FitMessage m) {
            OptionalLong legSport = m.integer("sport");
            if (legSport.isPresent() && legSport.getAsLong() == TRANSITION) {
                startNextSession(); // the minutes between the legs of a multisport event are not training
                return;
            }
            OptionalLong startTime = m.integer("start_time");
            long start = startTime.isPresent() && isTimestamp(startTime.getAsLong()) ? startTime.getAsLong() : firstRecord;
            if (start < 0) {
                return; // a session with no start and no records cannot be placed in time
            }
            double elapsed = m.field("total_elapsed_time").orElse(m.field("total_timer_time").orElse(0));
            double timer = m.field("total_timer_time").orElse(elapsed);
            OptionalInt avg = m.has("avg_heart_rate") ? whole(m.integer("avg_heart_rate")) : averageFromRecords();
            OptionalInt max = m.has("max_heart_rate") ? whole(m.integer("max_heart_rate"))
                    : heartRateCount > 0 ? OptionalInt.of(heartRateMax) : OptionalInt.empty();
            sessions.add(new FitSession((int) legSport.orElse(sport), (int) m.integer("sub_sport").orElse(subSport),
                    Instant.ofEpochSecond(FIT_EPOCH + start), elapsed, timer, m.field("total_distance"), avg, max,
                    whole(m.integer("total_ascent")), (int) m.integer("num_laps").orElse(laps), records));
            startNextSession();
        }

        private static OptionalInt whole(OptionalLong value) {
            return value.isPresent() ? OptionalInt.of((int) value.getAsLong()) : OptionalInt.empty();
        }

        /**
         * A FIT timestamp is a uint32 of seconds since 1989-12-31; a file whose definition gives
         * the field another width can hold anything, which no clock wrote (found by fuzzing: it
         * overflowed Instant).
         */
        private static boolean isTimestamp(long value) {
            return value >= 0 && value <= 0xFFFF_FFFFL;
        }

        private OptionalInt averageFromRecords() {
            return heartRateCount > 0 ? OptionalInt.of((int) Math.round((double) heartRateSum / heartRateCount))
                    : OptionalInt.empty();
        }

        /** What follows belongs to the next session: its laps, records and heart rate start at zero. */
        private void startNextSession() {
            laps = 0;
            heartRateSum = 0;
            heartRateCount = 0;
            heartRateMax = 0;
            records = 0;
            firstRecord = -1;
            lastRecord = -1;
            lastDistance = -1;
        }

        /** Whether the file said it is an activity file. */
        boolean isActivity() {
            return fileTypes.contains(ACTIVITY_FILE);
        }

        List<FitSession> sessions() throws FitFormatException {
            if (!fileTypes.contains(ACTIVITY_FILE)) {
                throw new FitFormatException(fileTypes.isEmpty() ? "not an activity: the file has no file_id message"
                        : "not an activity: it is a " + FitProfile.fileTypeName(fileTypes.get(0)) + " file");
            }
            if (sessions.isEmpty() && firstRecord >= 0 && lastRecord > firstRecord) {
                double seconds = lastRecord - firstRecord;
                sessions.add(new FitSession(sport, subSport, Instant.ofEpochSecond(FIT_EPOCH + firstRecord), seconds,
                        seconds, lastDistance >= 0 ? OptionalDouble.of(lastDistance) : OptionalDouble.empty(),
                        averageFromRecords(), heartRateCount > 0 ? OptionalInt.of(heartRateMax) : OptionalInt.empty(),
                        OptionalInt.empty(), laps, records));
            }
            if (sessions.isEmpty()) {
                throw new FitFormatException("no activity in the file: it has no sessions and no timed records");
            }
            return List.copyOf(sessions);
        }
    }
}
