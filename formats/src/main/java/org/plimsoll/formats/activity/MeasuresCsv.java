package org.plimsoll.formats.activity;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.plimsoll.engine.context.HrvKind;
import org.plimsoll.engine.unit.HeartRate;
import org.plimsoll.engine.unit.Hrv;
import org.plimsoll.formats.wearable.DailyMeasures;

/**
 * Daily measures from a spreadsheet, for the rings, straps and watches Plimsoll does not read
 * directly (docs/imports.md maps Oura, WHOOP and Polar exports to it): {@code date},
 * {@code sleep_hours}, {@code hrv_ms}, {@code hrv_kind} (RMSSD or SDNN) and
 * {@code resting_heart_rate}. Like a sessions file it is taken whole or not at all, every problem
 * named by its line and column.
 */
final class MeasuresCsv {
    static final List<String> COLUMNS = List.of("date", "sleep_hours", "hrv_ms", "hrv_kind", "resting_heart_rate");
    private static final int MAX_PROBLEMS_LISTED = 5;

    private MeasuresCsv() {
    }

    /** Whether a header row is a daily-measures one: a date and a measure, and no activity. */
    static boolean isMeasuresHeader(List<String> header) {
        List<String> names = header.stream().map(SessionsCsv::clean).toList();
        return names.contains("date") && !names.contains("activity")
                && (names.contains("sleep_hours") || names.contains("hrv_ms") || names.contains("resting_heart_rate"));
    }

    static List<DailyMeasures> read(Reader in) throws IOException, ActivityFileException {
        List<Csv.Row> rows = Csv.read(in);
        Map<String, Integer> columns = new HashMap<>();
        List<String> header = rows.get(0).cells();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(SessionsCsv.clean(header.get(i)), i);
        }
        List<String> problems = new ArrayList<>();
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        List<DailyMeasures> days = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            Cells line = new Cells(row, columns, problems);
            Optional<LocalDate> date = line.date();
            Optional<Double> sleep = line.number("sleep_hours", 0, 24);
            Optional<Double> hrvMs = line.number("hrv_ms", Hrv.LOWEST, Hrv.HIGHEST);
            Optional<HrvKind> kind = line.kind();
            Optional<Double> resting = line.number("resting_heart_rate", HeartRate.LOWEST, HeartRate.HIGHEST);
            if (hrvMs.isPresent() && line.text("hrv_kind").isEmpty()) {
                line.problem("hrv_kind", "is empty: write RMSSD (most rings and straps) or SDNN (Apple)");
            }
            date.map(lineOf::get).ifPresent(first -> line.problem("date", date.get() + " is already on line " + first));
            if (line.failed || date.isEmpty()) {
                continue;
            }
            lineOf.put(date.get(), row.line());
            DailyMeasures day = new DailyMeasures(date.get(), sleep, hrvMs.map(Hrv::ofMs),
                    hrvMs.isPresent() ? kind : Optional.empty(),
                    resting.map(bpm -> HeartRate.ofBpm((int) Math.round(bpm))));
            if (!day.isEmpty()) {
                days.add(day);
            }
        }
        if (!problems.isEmpty()) {
            String shown = String.join("; ", problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_LISTED)));
            int more = problems.size() - MAX_PROBLEMS_LISTED;
            throw new ActivityFileException(shown + (more > 0 ? "; and " + more + " more" : ""));
        }
        if (days.isEmpty()) {
            throw new ActivityFileException("the file has a header but no measures");
        }
        return days;
    }

    /** One data row with the problems found in it. */
    private static final class Cells {
        final Csv.Row row;
        final Map<String, Integer> columns;
        final List<String> problems;
        boolean failed;

        Cells(Csv.Row row, Map<String, Integer> columns, List<String> problems) {
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

        Optional<LocalDate> date() {
            String value = text("date");
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                problem("date", value.isEmpty() ? "is empty" : "'" + value + "' is not a date like 2026-03-02");
                return Optional.empty();
            }
        }

        Optional<HrvKind> kind() {
            String value = text("hrv_kind");
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(HrvKind.valueOf(value.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                problem("hrv_kind", "'" + value + "' is neither RMSSD nor SDNN");
                return Optional.empty();
            }
        }

        Optional<Double> number(String column, double min, double max) {
            String value = text(column);
            if (value.isEmpty()) {
                return Optional.empty();
            }
            try {
                double n = Double.parseDouble(value);
                if (n >= min && n <= max) {
                    return Optional.of(n);
                }
                problem(column, value + " is outside " + format(min) + "–" + format(max));
            } catch (NumberFormatException e) {
                problem(column, "'" + value + "' is not a number");
            }
            return Optional.empty();
        }

        private static String format(double n) {
            return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
        }
    }
}
