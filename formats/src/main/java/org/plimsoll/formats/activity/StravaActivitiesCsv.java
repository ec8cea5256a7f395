package org.plimsoll.formats.activity;

import java.io.IOException;
import java.io.Reader;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The {@code activities.csv} of a Strava bulk export, in both layouts: the older one with 10
 * columns, and the current wide one, where several names repeat (the first "Distance" is in the
 * person's display unit, the second in metres) and some header cells are left-over HTML.
 */
final class StravaActivitiesCsv {
    /** Strava writes dates in UTC, in one of these shapes depending on the export's age. */
    private static final List<DateTimeFormatter> DATES = List.of(
            formatter("MMM d, yyyy, h:mm:ss a"),
            formatter("MMM d, yyyy h:mm:ss a"),
            formatter("d MMM yyyy, HH:mm:ss"),
            formatter("yyyy-MM-dd HH:mm:ss"),
            formatter("yyyy-MM-dd'T'HH:mm:ss"));
    /** A swim "distance" above this in the single-distance layout is in metres, not kilometres. */
    private static final double SWIM_KM_AT_MOST = 20;

    /** A row of the file, or the reason it cannot be used. */
    sealed interface Row permits Activity, Problem {
        int line();
    }

    record Activity(int line, String id, String name, String type, Instant start, double elapsedSeconds,
                    OptionalDouble movingSeconds, OptionalDouble distanceMetres, OptionalInt averageHeartRate,
                    OptionalInt maxHeartRate, OptionalInt perceivedExertion, String filename) implements Row {
        ImportedActivity imported() {
            return new ImportedActivity(type, SportNames.activity(type), start, elapsedSeconds, movingSeconds,
                    distanceMetres, averageHeartRate, maxHeartRate, perceivedExertion);
        }
    }

    record Problem(int line, String reason) implements Row {
    }

    private StravaActivitiesCsv() {
    }

    private static DateTimeFormatter formatter(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern).toFormatter(Locale.US);
    }

    /**
     * The oldest exports name their columns in lower case with underscores ({@code id, date, name,
     * type, description, elapsed_time, distance, commute, gear, filename}) and give the distance
     * in metres; their names map onto the current ones.
     */
    private static final Map<String, String> OLD_NAMES = Map.of("id", "activity id", "date", "activity date",
            "name", "activity name", "type", "activity type", "elapsed_time", "elapsed time",
            "moving_time", "moving time", "description", "activity description");

    /** Whether a header row is Strava's, in either layout. */
    static boolean isStravaHeader(List<String> header) {
        List<String> names = header.stream().map(StravaActivitiesCsv::clean).toList();
        return names.contains("activity id") && names.contains("activity date") && names.contains("activity type")
                || isOldLayout(names);
    }

    private static boolean isOldLayout(List<String> names) {
        return names.contains("id") && names.contains("date") && names.contains("type") && names.contains("elapsed_time");
    }

    static List<Row> read(Reader in) throws IOException, ActivityFileException {
        List<Csv.Row> rows = Csv.read(in);
        if (rows.isEmpty() || !isStravaHeader(rows.get(0).cells())) {
            throw new ActivityFileException("activities.csv has no Strava header (Activity ID, Activity Date, "
                    + "Activity Type …)");
        }
        Map<String, List<Integer>> columns = new HashMap<>();
        List<String> header = rows.get(0).cells();
        boolean old = isOldLayout(header.stream().map(StravaActivitiesCsv::clean).toList());
        for (int i = 0; i < header.size(); i++) {
            String name = clean(header.get(i));
            columns.computeIfAbsent(old ? OLD_NAMES.getOrDefault(name, name) : name, k -> new ArrayList<>()).add(i);
        }
        List<Row> result = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            result.add(row(row, columns, old));
        }
        return result;
    }

    private static Row row(Csv.Row row, Map<String, List<Integer>> columns, boolean metresOnly) {
        Cells cells = new Cells(row, columns);
        String type = cells.text("activity type", 0);
        String date = cells.text("activity date", 0);
        Instant start = parseDate(date);
        if (start == null) {
            return new Problem(row.line(), "'" + date + "' is not a date Strava writes");
        }
        try {
            OptionalDouble elapsed = cells.number("elapsed time", 0);
            if (elapsed.isEmpty()) {
                return new Problem(row.line(), "the elapsed time is empty");
            }
            OptionalDouble moving = cells.number("moving time", 0);
            OptionalDouble metres;
            if (metresOnly) {
                metres = cells.number("distance", 0);
            } else if (columns.getOrDefault("distance", List.of()).size() > 1) {
                metres = cells.number("distance", 1);
            } else {
                OptionalDouble display = cells.number("distance", 0);
                boolean swimInMetres = SportNames.activity(type) == org.plimsoll.engine.activity.Activity.SWIM
                        && display.isPresent() && display.getAsDouble() > SWIM_KM_AT_MOST;
                metres = display.isPresent() ? OptionalDouble.of(display.getAsDouble() * (swimInMetres ? 1 : 1000))
                        : display;
            }
            OptionalDouble exertion = cells.number("perceived exertion", 0);
            return new Activity(row.line(), cells.text("activity id", 0), cells.text("activity name", 0), type,
                    start, elapsed.getAsDouble(), moving, metres.isPresent() && metres.getAsDouble() > 0 ? metres
                    : OptionalDouble.empty(), whole(cells.number("average heart rate", 0)),
                    whole(cells.number("max heart rate", 0)),
                    exertion.isPresent() && exertion.getAsDouble() >= 1 && exertion.getAsDouble() <= 10
                            ? whole(exertion) : OptionalInt.empty(),
                    cells.text("filename", 0));
        } catch (NumberFormatException e) {
            return new Problem(row.line(), e.getMessage());
        }
    }

    private static OptionalInt whole(OptionalDouble value) {
        return value.isPresent() && value.getAsDouble() > 0
                ? OptionalInt.of((int) Math.round(value.getAsDouble())) : OptionalInt.empty();
    }

    private static Instant parseDate(String value) {
        String normal = value.replace('\u202F', ' ').replace('\u00A0', ' ').trim();
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDateTime.parse(normal, format).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException e) {
                // try the next shape
            }
        }
        return null;
    }

    /** Header cells lose left-over HTML (a "translation missing" span) and case. */
    static String clean(String header) {
        return header.replaceAll("<[^>]*>", "").trim().toLowerCase(Locale.ROOT);
    }

    /** The cells of a row by header name and occurrence. */
    private record Cells(Csv.Row row, Map<String, List<Integer>> columns) {
        String text(String name, int occurrence) {
            List<Integer> at = columns.getOrDefault(name, List.of());
            return occurrence < at.size() ? row.cell(at.get(occurrence)) : "";
        }

        OptionalDouble number(String name, int occurrence) {
            String value = text(name, occurrence).replace(",", "");
            if (value.isEmpty()) {
                return OptionalDouble.empty();
            }
            try {
                double n = Double.parseDouble(value);
                if (!Double.isFinite(n) || n < 0) {
                    throw new NumberFormatException();
                }
                return OptionalDouble.of(n);
            } catch (NumberFormatException e) {
                throw new NumberFormatException("'" + text(name, occurrence) + "' in " + name + " is not a number");
            }
        }
    }
}
