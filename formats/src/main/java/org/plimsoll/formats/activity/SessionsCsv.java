package org.plimsoll.formats.activity;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.plimsoll.engine.activity.Activity;

/**
 * Sessions from a spreadsheet, with the columns documented in docs/imports.md: {@code date},
 * {@code time}, {@code activity}, {@code minutes}, {@code distance_km}, {@code rpe},
 * {@code avg_hr}, {@code max_hr}. Times are the person's local time. The file is taken whole or
 * not at all: every problem is reported with its line and column, so it can be fixed in one go.
 */
public final class SessionsCsv {
    static final List<String> COLUMNS = List.of("date", "time", "activity", "minutes", "distance_km", "rpe",
            "avg_hr", "max_hr");
    /** A session without a time is placed at noon, away from the night and the morning check-in. */
    static final LocalTime NO_TIME = LocalTime.NOON;

    private SessionsCsv() {
    }

    /** Whether a header row is ours: it names at least date, activity and minutes. */
    static boolean isSessionsHeader(List<String> header) {
        List<String> names = header.stream().map(CsvSheet::clean).toList();
        return names.contains("date") && names.contains("activity") && names.contains("minutes");
    }

    public static List<ImportedActivity> read(Reader in, ZoneId zone) throws IOException, ActivityFileException {
        List<Csv.Row> rows = Csv.read(in);
        if (rows.isEmpty()) {
            throw new ActivityFileException("the file is empty");
        }
        List<String> header = rows.get(0).cells();
        CsvSheet sheet = new CsvSheet(header);
        for (String required : List.of("date", "activity", "minutes")) {
            if (!sheet.has(required)) {
                throw new ActivityFileException("line 1: this is not a sessions file: its header has no '" + required
                        + "' column (it has: " + String.join(", ", header.stream().limit(12).toList())
                        + (header.size() > 12 ? ", ..." : "") + "). A sessions file starts with the columns "
                        + String.join(", ", COLUMNS));
            }
        }
        List<ImportedActivity> activities = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            CsvSheet.Line line = sheet.line(row);
            Optional<LocalDate> date = line.date();
            LocalTime time = time(line);
            String activityName = line.text("activity");
            Activity activity = Activity.fromCode(activityName).orElseGet(() -> SportNames.activity(activityName));
            if (activityName.isEmpty()) {
                line.problem("activity", "is empty");
            }
            Optional<Double> minutes = line.requiredNumber("minutes", 0, 24 * 60);
            Optional<Double> km = line.number("distance_km", 0, 1000);
            Optional<Double> rpe = line.number("rpe", 0, 10);
            Optional<Double> avg = line.number("avg_hr", 20, 250);
            Optional<Double> max = line.number("max_hr", 20, 250);
            if (date.isEmpty() || minutes.isEmpty() || activityName.isEmpty() || line.failed()) {
                continue;
            }
            activities.add(new ImportedActivity(activityName, activity,
                    LocalDateTime.of(date.get(), time).atZone(zone).toInstant(), minutes.get() * 60,
                    OptionalDouble.empty(),
                    km.isPresent() ? OptionalDouble.of(km.get() * 1000) : OptionalDouble.empty(),
                    whole(avg), whole(max), whole(rpe)));
        }
        sheet.refuseIfProblems();
        if (activities.isEmpty()) {
            throw new ActivityFileException("the file has a header but no sessions");
        }
        return activities;
    }

    /** The {@code time} column; a session without one is placed at {@link #NO_TIME}. */
    private static LocalTime time(CsvSheet.Line line) {
        String value = line.text("time");
        if (value.isEmpty()) {
            return NO_TIME;
        }
        try {
            return LocalTime.parse(value.length() == 4 ? "0" + value : value);
        } catch (DateTimeParseException e) {
            line.problem("time", "'" + value + "' is not a time like 07:30");
            return NO_TIME;
        }
    }

    private static OptionalInt whole(Optional<Double> value) {
        return value.isPresent() ? OptionalInt.of((int) Math.round(value.get())) : OptionalInt.empty();
    }
}
