package org.plimsoll.formats.fit;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
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
    static final int FILE_ID = 0;
    static final int SPORT = 12;
    static final int SESSION = 18;
    static final int LAP = 19;
    static final int RECORD = 20;
    static final int ACTIVITY_FILE = 4;
    static final int TRANSITION = 3;

    private FitActivities() {
    }

    /** Reads the sessions of one FIT file (plain or gzipped). */
    public static List<FitSession> read(InputStream in) throws FitFormatException {
        Collector collector = new Collector();
        InputStream plain;
        try {
            plain = Gzip.unwrap(new BufferedInputStream(in));
        } catch (IOException e) {
            throw new FitFormatException("could not read the file: " + e.getMessage(), 0);
        }
        FitDecoder.decode(plain, collector);
        return collector.sessions();
    }

    /** Collects what the import needs while the decoder streams; a few numbers per session. */
    private static final class Collector implements FitDecoder.Handler {
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
        private long lastDistance = -1;

        @Override
        public void segmentStart(int segment) {
            fileType = -1;
        }

        @Override
        public void message(FitMessage m) {
            switch (m.global()) {
                case FILE_ID:
                    if (m.has(0)) {
                        fileType = (int) m.get(0);
                        fileTypes.add(fileType);
                    }
                    break;
                case SPORT:
                    if (fileType == ACTIVITY_FILE) {
                        sport = m.has(0) ? (int) m.get(0) : 0;
                        subSport = m.has(1) ? (int) m.get(1) : 0;
                    }
                    break;
                case LAP:
                    if (fileType == ACTIVITY_FILE) {
                        laps++;
                    }
                    break;
                case RECORD:
                    if (fileType == ACTIVITY_FILE) {
                        record(m);
                    }
                    break;
                case SESSION:
                    if (fileType == ACTIVITY_FILE) {
                        session(m);
                    }
                    break;
                default:
                    break;
            }
        }

        private void record(FitMessage m) {
            records++;
            if (m.has(253) && isTimestamp(m.get(253))) {
                long t = m.get(253);
                firstRecord = firstRecord < 0 ? t : Math.min(firstRecord, t);
                lastRecord = Math.max(lastRecord, t);
            }
            if (m.has(3)) {
                int hr = (int) m.get(3);
                heartRateSum += hr;
                heartRateCount++;
                heartRateMax = Math.max(heartRateMax, hr);
            }
            if (m.has(5)) {
                lastDistance = Math.max(lastDistance, m.get(5));
            }
        }

        private void session(FitMessage m) {
            if (m.has(5) && m.get(5) == TRANSITION) {
                startNextSession(); // the minutes between the legs of a multisport event are not training
                return;
            }
            long start = m.has(2) && isTimestamp(m.get(2)) ? m.get(2) : firstRecord;
            if (start < 0) {
                return; // a session with no start and no records cannot be placed in time
            }
            double elapsed = m.has(7) ? m.get(7) / 1000.0 : m.has(8) ? m.get(8) / 1000.0 : 0;
            double timer = m.has(8) ? m.get(8) / 1000.0 : elapsed;
            OptionalInt avg = m.has(16) ? OptionalInt.of((int) m.get(16)) : averageFromRecords();
            OptionalInt max = m.has(17) ? OptionalInt.of((int) m.get(17))
                    : heartRateCount > 0 ? OptionalInt.of(heartRateMax) : OptionalInt.empty();
            sessions.add(new FitSession(m.has(5) ? (int) m.get(5) : sport, m.has(6) ? (int) m.get(6) : subSport,
                    Instant.ofEpochSecond(FIT_EPOCH + start), elapsed, timer,
                    m.has(9) ? OptionalDouble.of(m.get(9) / 100.0) : OptionalDouble.empty(), avg, max,
                    m.has(22) ? OptionalInt.of((int) m.get(22)) : OptionalInt.empty(), m.has(26) ? (int) m.get(26) : laps,
                    records));
            startNextSession();
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

        List<FitSession> sessions() throws FitFormatException {
            if (!fileTypes.contains(ACTIVITY_FILE)) {
                throw new FitFormatException(fileTypes.isEmpty() ? "not an activity: the file has no file_id message"
                        : "not an activity: it is a " + FitProfile.fileTypeName(fileTypes.get(0)) + " file");
            }
            if (sessions.isEmpty() && firstRecord >= 0 && lastRecord > firstRecord) {
                double seconds = lastRecord - firstRecord;
                sessions.add(new FitSession(sport, subSport, Instant.ofEpochSecond(FIT_EPOCH + firstRecord), seconds,
                        seconds, lastDistance >= 0 ? OptionalDouble.of(lastDistance / 100.0) : OptionalDouble.empty(),
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
