package org.plimsoll.formats.activity;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final int MAX_PROBLEMS_LISTED = 5;

    private SessionsCsv() {
    }

    /** Whether a header row is ours: it names at least date, activity and minutes. */
    static boolean isSessionsHeader(List<String> header) {
        List<String> names = header.stream().map(SessionsCsv::clean).toList();
        return names.contains("date") && names.contains("activity") && names.contains("minutes");
    }

    public static List<ImportedActivity> read(Reader in, ZoneId zone) throws IOException, ActivityFileException {
        List<Csv.Row> rows = Csv.read(in);
        if (rows.isEmpty()) {
            throw new ActivityFileException("the file is empty");
        }
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(clean(header.get(i)), i);
        }
        for (String required : List.of("date", "activity", "minutes")) {
            if (!columns.containsKey(required)) {
                throw new ActivityFileException("line 1: this is not a sessions file: its header has no '" + required
                        + "' column (it has: " + String.join(", ", header.stream().limit(12).toList())
                        + (header.size() > 12 ? ", ..." : "") + "). A sessions file starts with the columns "
                        + String.join(", ", COLUMNS));
            }
        }
        List<String> problems = new ArrayList<>();
        List<ImportedActivity> activities = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            Line line = new Line(row, columns, problems);
            LocalDate date = line.date();
            LocalTime time = line.time();
            String activityName = line.text("activity");
            Activity activity = Activity.fromCode(activityName).orElseGet(() -> SportNames.activity(activityName));
            if (activityName.isEmpty()) {
                line.problem("activity", "is empty");
            }
            OptionalDouble minutes = line.number("minutes", 0, 24 * 60, true);
            OptionalDouble km = line.number("distance_km", 0, 1000, false);
            OptionalDouble rpe = line.number("rpe", 0, 10, false);
            OptionalDouble avg = line.number("avg_hr", 20, 250, false);
            OptionalDouble max = line.number("max_hr", 20, 250, false);
            if (date == null || minutes.isEmpty() || activityName.isEmpty() || line.failed) {
                continue;
            }
            activities.add(new ImportedActivity(activityName, activity,
                    LocalDateTime.of(date, time).atZone(zone).toInstant(), minutes.getAsDouble() * 60,
                    OptionalDouble.empty(),
                    km.isPresent() ? OptionalDouble.of(km.getAsDouble() * 1000) : OptionalDouble.empty(),
                    whole(avg), whole(max), whole(rpe)));
        }
        if (!problems.isEmpty()) {
            String shown = String.join("; ", problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_LISTED)));
            int more = problems.size() - MAX_PROBLEMS_LISTED;
            throw new ActivityFileException(shown + (more > 0 ? "; and " + more + " more" : ""));
        }
        if (activities.isEmpty()) {
            throw new ActivityFileException("the file has a header but no sessions");
        }
        return activities;
    }

    private static OptionalInt whole(OptionalDouble value) {
        return value.isPresent() ? OptionalInt.of((int) Math.round(value.getAsDouble())) : OptionalInt.empty();
    }

    static String clean(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** One data row with the problems found in it. */
    private static final class Line {
        final Csv.Row row;
        final Map<String, Integer> columns;
        final List<String> problems;
        boolean failed;

        Line(Csv.Row row, Map<String, Integer> columns, List<String> problems) {
            this.row = row;
            this.columns = columns;
            this.problems = problems;
        }

        String text(String column) {
            return row.cell(columns.getOrDefault(column, -1));
        }

        void problem(String column, String what) {
            problems.add("line " + row.line() + ", " + column + ": " + what);
            failed = true;
        }

        LocalDate date() {
            String value = text("date");
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problem("date", value.isEmpty() ? "is empty" : "'" + value + "' is not a date like 2026-03-02");
                return null;
            }
        }

        LocalTime time() {
            String value = text("time");
            if (value.isEmpty()) {
                return NO_TIME;
            }
            try {
                return LocalTime.parse(value.length() == 4 ? "0" + value : value);
            } catch (DateTimeParseException e) {
                problem("time", "'" + value + "' is not a time like 07:30");
                return NO_TIME;
            }
        }

        OptionalDouble number(String column, double min, double max, boolean required) {
            String value = text(column);
            if (value.isEmpty()) {
                if (required) {
                    problem(column, "is empty");
                }
                return OptionalDouble.empty();
            }
            try {
                double n = Double.parseDouble(value);
                if (n >= min && n <= max) {
                    return OptionalDouble.of(n);
                }
                problem(column, value + " is outside " + format(min) + "–" + format(max));
            } catch (NumberFormatException e) {
                problem(column, "'" + value + "' is not a number");
            }
            return OptionalDouble.empty();
        }

        private static String format(double n) {
            return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
        }
    }
}
