package org.plimsoll.formats.wearable;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds Health Connect and Gadgetbridge databases as the apps write them, for tests: the tables
 * and columns of Android's Health Connect record helpers and of Gadgetbridge's greenDAO entities,
 * with the rows the test adds. No public sample exists; the files are generated, never committed.
 */
public final class WearableDatabaseBuilder {
    /** Columns every Health Connect record table has, before its own. */
    private static final String HC_COMMON = "row_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid BLOB NOT NULL UNIQUE, "
            + "last_modified_time INTEGER NOT NULL, client_record_id TEXT, client_record_version TEXT, "
            + "device_info_id INTEGER, app_info_id INTEGER, recording_method INTEGER, dedupe_hash BLOB UNIQUE";
    private static final List<String> HEALTH_CONNECT = List.of(
            "CREATE TABLE application_info_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, package_name TEXT NOT NULL "
                    + "UNIQUE, app_name TEXT, app_icon BLOB, record_types_used TEXT)",
            "CREATE TABLE device_info_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, manufacturer TEXT, model TEXT, "
                    + "device_type INTEGER)",
            "CREATE TABLE exercise_session_record_table (" + HC_COMMON + ", start_time INTEGER NOT NULL, "
                    + "start_zone_offset INTEGER, end_time INTEGER NOT NULL, end_zone_offset INTEGER, local_date "
                    + "INTEGER, notes TEXT, exercise_type INTEGER NOT NULL, title TEXT, has_route INTEGER)",
            "CREATE TABLE sleep_session_record_table (" + HC_COMMON + ", start_time INTEGER NOT NULL, "
                    + "start_zone_offset INTEGER, end_time INTEGER NOT NULL, end_zone_offset INTEGER, local_date "
                    + "INTEGER, notes TEXT, title TEXT)",
            "CREATE TABLE sleep_stages_table (row_id INTEGER PRIMARY KEY AUTOINCREMENT, parent_key INTEGER NOT NULL, "
                    + "stage_start_time INTEGER NOT NULL, stage_end_time INTEGER NOT NULL, stage_type INTEGER NOT NULL, "
                    + "FOREIGN KEY (parent_key) REFERENCES sleep_session_record_table(row_id) ON DELETE CASCADE)",
            "CREATE TABLE heart_rate_variability_rmssd_record_table (" + HC_COMMON + ", time INTEGER NOT NULL, "
                    + "zone_offset INTEGER, local_date INTEGER, heart_rate_variability_millis REAL NOT NULL)",
            "CREATE TABLE resting_heart_rate_record_table (" + HC_COMMON + ", time INTEGER NOT NULL, "
                    + "zone_offset INTEGER, local_date INTEGER, beats_per_minute INTEGER NOT NULL)");
    /** The columns greenDAO gives every time sample of Gadgetbridge, before its own. */
    private static final String GB_SAMPLE = "\"TIMESTAMP\" INTEGER NOT NULL, \"DEVICE_ID\" INTEGER NOT NULL, "
            + "\"USER_ID\" INTEGER NOT NULL";
    private static final String GB_KEY = ", PRIMARY KEY (\"TIMESTAMP\", \"DEVICE_ID\") ON CONFLICT REPLACE) WITHOUT ROWID";
    private static final List<String> GADGETBRIDGE = List.of(
            "CREATE TABLE \"USER\" (\"_id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"NAME\" TEXT NOT NULL, "
                    + "\"BIRTHDAY\" INTEGER NOT NULL, \"GENDER\" INTEGER NOT NULL)",
            "CREATE TABLE \"DEVICE\" (\"_id\" INTEGER PRIMARY KEY AUTOINCREMENT, \"NAME\" TEXT NOT NULL, "
                    + "\"MANUFACTURER\" TEXT NOT NULL, \"IDENTIFIER\" TEXT NOT NULL UNIQUE, \"TYPE\" INTEGER NOT NULL, "
                    + "\"TYPE_NAME\" TEXT, \"MODEL\" TEXT, \"ALIAS\" TEXT, \"PARENT_FOLDER\" TEXT)",
            "CREATE TABLE \"BASE_ACTIVITY_SUMMARY\" (\"_id\" INTEGER PRIMARY KEY, \"NAME\" TEXT, "
                    + "\"START_TIME\" INTEGER NOT NULL, \"END_TIME\" INTEGER NOT NULL, \"ACTIVITY_KIND\" INTEGER NOT NULL, "
                    + "\"BASE_LONGITUDE\" INTEGER, \"BASE_LATITUDE\" INTEGER, \"BASE_ALTITUDE\" INTEGER, "
                    + "\"GPX_TRACK\" TEXT, \"RAW_DETAILS_PATH\" TEXT, \"DEVICE_ID\" INTEGER NOT NULL, "
                    + "\"USER_ID\" INTEGER NOT NULL, \"SUMMARY_DATA\" TEXT, \"RAW_SUMMARY_DATA\" BLOB)",
            "CREATE TABLE \"GARMIN_SLEEP_STAGE_SAMPLE\" (" + GB_SAMPLE + ", \"STAGE\" INTEGER NOT NULL" + GB_KEY,
            "CREATE TABLE \"COLMI_SLEEP_STAGE_SAMPLE\" (" + GB_SAMPLE + ", \"DURATION\" INTEGER NOT NULL, "
                    + "\"STAGE\" INTEGER NOT NULL" + GB_KEY,
            "CREATE TABLE \"GARMIN_HRV_SUMMARY_SAMPLE\" (" + GB_SAMPLE + ", \"WEEKLY_AVERAGE\" INTEGER, "
                    + "\"LAST_NIGHT_AVERAGE\" INTEGER, \"LAST_NIGHT5_MIN_HIGH\" INTEGER, \"BASELINE_LOW_UPPER\" INTEGER, "
                    + "\"BASELINE_BALANCED_LOWER\" INTEGER, \"BASELINE_BALANCED_UPPER\" INTEGER, \"STATUS_NUM\" INTEGER"
                    + GB_KEY,
            "CREATE TABLE \"GARMIN_HRV_VALUE_SAMPLE\" (" + GB_SAMPLE + ", \"VALUE\" INTEGER NOT NULL" + GB_KEY,
            "CREATE TABLE \"GARMIN_HEART_RATE_RESTING_SAMPLE\" (" + GB_SAMPLE + ", \"HEART_RATE\" INTEGER NOT NULL"
                    + GB_KEY,
            "CREATE TABLE \"HUAMI_HEART_RATE_RESTING_SAMPLE\" (" + GB_SAMPLE + ", \"UTC_OFFSET\" INTEGER NOT NULL, "
                    + "\"HEART_RATE\" INTEGER NOT NULL" + GB_KEY);

    private final List<String> schema;
    private final List<Row> rows = new ArrayList<>();

    private record Row(String sql, Object[] values) {
    }

    private WearableDatabaseBuilder(List<String> schema) {
        this.schema = schema;
    }

    public static WearableDatabaseBuilder healthConnect() {
        WearableDatabaseBuilder b = new WearableDatabaseBuilder(HEALTH_CONNECT);
        b.rows.add(new Row("INSERT INTO application_info_table (package_name, app_name) VALUES (?, ?)",
                new Object[] {"com.google.android.apps.fitness", "Fit"}));
        return b;
    }

    public static WearableDatabaseBuilder gadgetbridge() {
        WearableDatabaseBuilder b = new WearableDatabaseBuilder(GADGETBRIDGE);
        b.rows.add(new Row("INSERT INTO \"USER\" (\"NAME\", \"BIRTHDAY\", \"GENDER\") VALUES ('gadgetbridge-user', 0, 2)",
                new Object[0]));
        b.rows.add(new Row("INSERT INTO \"DEVICE\" (\"NAME\", \"MANUFACTURER\", \"IDENTIFIER\", \"TYPE\") VALUES "
                + "('Forerunner 265', 'Garmin', 'AA:BB:CC:DD:EE:FF', 0)", new Object[0]));
        return b;
    }

    /** Any statement: a hostile database's extra rows or tables. */
    public WearableDatabaseBuilder sql(String sql, Object... values) {
        rows.add(new Row(sql, values));
        return this;
    }

    private static long ms(ZonedDateTime at) {
        return at.toInstant().toEpochMilli();
    }

    private static int offset(ZonedDateTime at) {
        return at.getOffset().getTotalSeconds();
    }

    /** Health Connect: an exercise session of ExerciseSessionType {@code type}. */
    public WearableDatabaseBuilder exercise(int type, ZonedDateTime start, int minutes) {
        ZonedDateTime end = start.plusMinutes(minutes);
        return sql("INSERT INTO exercise_session_record_table (uuid, last_modified_time, app_info_id, start_time, "
                + "start_zone_offset, end_time, end_zone_offset, exercise_type, title) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)",
                uuid(), ms(end), ms(start), offset(start), ms(end), offset(end), type, null);
    }

    /**
     * Health Connect: a sleep session with its stages, each {@code {minutes, stage_type}} in turn
     * from {@code start}; no stages gives a session without them.
     */
    public WearableDatabaseBuilder sleep(ZonedDateTime start, ZonedDateTime end, int[]... stages) {
        sql("INSERT INTO sleep_session_record_table (uuid, last_modified_time, app_info_id, start_time, "
                + "start_zone_offset, end_time, end_zone_offset) VALUES (?, ?, 1, ?, ?, ?, ?)",
                uuid(), ms(end), ms(start), offset(start), ms(end), offset(end));
        ZonedDateTime at = start;
        for (int[] stage : stages) {
            ZonedDateTime next = at.plusMinutes(stage[0]);
            sql("INSERT INTO sleep_stages_table (parent_key, stage_start_time, stage_end_time, stage_type) VALUES "
                    + "((SELECT max(row_id) FROM sleep_session_record_table), ?, ?, ?)", ms(at), ms(next), stage[1]);
            at = next;
        }
        return this;
    }

    public WearableDatabaseBuilder rmssd(ZonedDateTime at, double ms) {
        return sql("INSERT INTO heart_rate_variability_rmssd_record_table (uuid, last_modified_time, app_info_id, time, "
                + "zone_offset, heart_rate_variability_millis) VALUES (?, ?, 1, ?, ?, ?)",
                uuid(), ms(at), ms(at), offset(at), ms);
    }

    public WearableDatabaseBuilder restingHeartRate(ZonedDateTime at, int bpm) {
        return sql("INSERT INTO resting_heart_rate_record_table (uuid, last_modified_time, app_info_id, time, "
                + "zone_offset, beats_per_minute) VALUES (?, ?, 1, ?, ?, ?)", uuid(), ms(at), ms(at), offset(at), bpm);
    }

    /** Gadgetbridge: an activity summary of ActivityKind {@code kind}. */
    public WearableDatabaseBuilder summary(int kind, String name, ZonedDateTime start, int minutes) {
        return sql("INSERT INTO \"BASE_ACTIVITY_SUMMARY\" (\"NAME\", \"START_TIME\", \"END_TIME\", \"ACTIVITY_KIND\", "
                + "\"DEVICE_ID\", \"USER_ID\", \"SUMMARY_DATA\") VALUES (?, ?, ?, ?, 1, 1, ?)", name, ms(start),
                ms(start.plusMinutes(minutes)), kind, "{\"distanceMeters\":{\"value\":5000.0,\"unit\":\"meters\"}}");
    }

    /** Gadgetbridge, Garmin: one stage sample a minute, each {@code {minutes, stage}} in turn from {@code start}. */
    public WearableDatabaseBuilder garminSleep(ZonedDateTime start, int[]... stages) {
        ZonedDateTime at = start;
        for (int[] stage : stages) {
            for (int m = 0; m < stage[0]; m++) {
                sql("INSERT INTO \"GARMIN_SLEEP_STAGE_SAMPLE\" VALUES (?, 1, 1, ?)", ms(at), stage[1]);
                at = at.plusMinutes(1);
            }
        }
        return this;
    }

    /** Gadgetbridge, Colmi: one stage sample with its length in minutes. */
    public WearableDatabaseBuilder colmiSleep(ZonedDateTime start, int minutes, int stage) {
        return sql("INSERT INTO \"COLMI_SLEEP_STAGE_SAMPLE\" VALUES (?, 1, 1, ?, ?)", ms(start), minutes, stage);
    }

    public WearableDatabaseBuilder garminHrv(ZonedDateTime at, int lastNightAverage) {
        return sql("INSERT INTO \"GARMIN_HRV_SUMMARY_SAMPLE\" (\"TIMESTAMP\", \"DEVICE_ID\", \"USER_ID\", "
                + "\"WEEKLY_AVERAGE\", \"LAST_NIGHT_AVERAGE\", \"STATUS_NUM\") VALUES (?, 1, 1, ?, ?, 1)",
                ms(at), lastNightAverage + 3, lastNightAverage);
    }

    public WearableDatabaseBuilder garminRestingHeartRate(ZonedDateTime at, int bpm) {
        return sql("INSERT INTO \"GARMIN_HEART_RATE_RESTING_SAMPLE\" VALUES (?, 1, 1, ?)", ms(at), bpm);
    }

    public WearableDatabaseBuilder huamiRestingHeartRate(ZonedDateTime at, int bpm) {
        return sql("INSERT INTO \"HUAMI_HEART_RATE_RESTING_SAMPLE\" VALUES (?, 1, 1, ?, ?)", ms(at),
                offset(at) / 900, bpm);
    }

    public Path writeTo(Path file) throws IOException {
        Files.deleteIfExists(file);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            db.setAutoCommit(false);
            try (Statement create = db.createStatement()) {
                for (String table : schema) {
                    create.execute(table);
                }
            }
            for (Row row : rows) {
                try (PreparedStatement insert = db.prepareStatement(row.sql())) {
                    for (int i = 0; i < row.values().length; i++) {
                        insert.setObject(i + 1, row.values()[i]);
                    }
                    insert.execute();
                }
            }
            db.commit();
        } catch (SQLException e) {
            throw new IOException(e);
        }
        return file;
    }

    /** The database in a zip under {@code entry}: Health Connect's health_connect_export.db, Gadgetbridge's database/Gadgetbridge. */
    public Path zipTo(Path zip, String entry) throws IOException {
        Path db = writeTo(Files.createTempFile(zip.getParent(), "db-", ".tmp"));
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            Files.copy(db, z);
            z.closeEntry();
        } finally {
            Files.delete(db);
        }
        return zip;
    }

    /** A Health Connect database whose resting-heart-rate table holds {@code rows} rows: more than any person's. */
    public static Path huge(Path file, long rows) throws IOException {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
             Statement s = db.createStatement()) {
            s.execute("CREATE TABLE resting_heart_rate_record_table (row_id INTEGER PRIMARY KEY, time INTEGER NOT NULL, "
                    + "zone_offset INTEGER, beats_per_minute INTEGER NOT NULL)");
            s.execute("INSERT INTO resting_heart_rate_record_table WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL "
                    + "SELECT i + 1 FROM n WHERE i < " + rows + ") SELECT i, 1700000000000 + i * 1000, 0, 60 FROM n");
        } catch (SQLException e) {
            throw new IOException(e);
        }
        return file;
    }

    private static byte[] uuid() {
        return UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    }
}
