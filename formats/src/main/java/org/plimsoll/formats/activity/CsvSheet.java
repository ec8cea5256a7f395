package org.plimsoll.formats.activity;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A spreadsheet of our own columns (sessions, daily measures) read by column name. Such a file is
 * taken whole or not at all, so every problem is collected with its line and column and told in
 * one go, and a person can fix the file once.
 */
final class CsvSheet {
    private static final int MAX_PROBLEMS_LISTED = 5;

    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** The first column of a name counts, as a person reading the sheet left to right would take it. */
    CsvSheet(List<String> header) {
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(clean(header.get(i)), i);
        }
    }

    /** A header's name as we compare it: "Sleep Hours" is {@code sleep_hours}. */
    static String clean(String header) {
        return header.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    boolean has(String column) {
        return columns.containsKey(column);
    }

    Line line(Csv.Row row) {
        return new Line(row);
    }

    /** Refuses the file with its first problems, if it had any. */
    void refuseIfProblems() throws ActivityFileException {
        if (problems.isEmpty()) {
            return;
        }
        String shown = String.join("; ", problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS_LISTED)));
        int more = problems.size() - MAX_PROBLEMS_LISTED;
        throw new ActivityFileException(shown + (more > 0 ? "; and " + more + " more" : ""));
    }

    /** One data row, and whether a problem was found in it. */
    final class Line {
        private final Csv.Row row;
        private boolean failed;

        private Line(Csv.Row row) {
            this.row = row;
        }

        int number() {
            return row.line();
        }

        boolean failed() {
            return failed;
        }

        /** The cell's text, trimmed; empty when the column is missing or the row short. */
        String text(String column) {
            return row.cell(columns.getOrDefault(column, -1));
        }

        void problem(String column, String what) {
            problems.add("line " + row.line() + ", " + column + ": " + what);
            failed = true;
        }

        /** The {@code date} column, which every row needs. */
        Optional<LocalDate> date() {
            String value = text("date");
            try {
                return Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                problem("date", value.isEmpty() ? "is empty" : "'" + value + "' is not a date like 2026-03-02");
                return Optional.empty();
            }
        }

        /** A number within its bounds, or nothing when the cell is empty. */
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

        /** A number within its bounds that the row cannot do without: an empty cell is a problem. */
        Optional<Double> requiredNumber(String column, double min, double max) {
            if (text(column).isEmpty()) {
                problem(column, "is empty");
                return Optional.empty();
            }
            return number(column, min, max);
        }

        private static String format(double n) {
            return n == Math.rint(n) ? String.valueOf((long) n) : String.valueOf(n);
        }
    }
}
