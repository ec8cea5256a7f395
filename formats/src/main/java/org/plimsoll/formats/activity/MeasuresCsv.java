package org.plimsoll.formats.activity;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
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

    private MeasuresCsv() {
    }

    /** Whether a header row is a daily-measures one: a date and a measure, and no activity. */
    static boolean isMeasuresHeader(List<String> header) {
        List<String> names = header.stream().map(CsvSheet::clean).toList();
        return names.contains("date") && !names.contains("activity")
                && (names.contains("sleep_hours") || names.contains("hrv_ms") || names.contains("resting_heart_rate"));
    }

    static List<DailyMeasures> read(Reader in) throws IOException, ActivityFileException {
        List<Csv.Row> rows = Csv.read(in);
        CsvSheet sheet = new CsvSheet(rows.get(0).cells());
        Map<LocalDate, Integer> lineOf = new HashMap<>();
        List<DailyMeasures> days = new ArrayList<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            if (row.isBlank()) {
                continue;
            }
            CsvSheet.Line line = sheet.line(row);
            Optional<LocalDate> date = line.date();
            Optional<Double> sleep = line.number("sleep_hours", 0, 24);
            Optional<Double> hrvMs = line.number("hrv_ms", Hrv.LOWEST, Hrv.HIGHEST);
            Optional<HrvKind> kind = kind(line);
            Optional<Double> resting = line.number("resting_heart_rate", HeartRate.LOWEST, HeartRate.HIGHEST);
            if (hrvMs.isPresent() && line.text("hrv_kind").isEmpty()) {
                line.problem("hrv_kind", "is empty: write RMSSD (most rings and straps) or SDNN (Apple)");
            }
            date.map(lineOf::get).ifPresent(first -> line.problem("date", date.get() + " is already on line " + first));
            if (line.failed() || date.isEmpty()) {
                continue;
            }
            lineOf.put(date.get(), line.number());
            DailyMeasures day = new DailyMeasures(date.get(), sleep, hrvMs.map(Hrv::ofMs),
                    hrvMs.isPresent() ? kind : Optional.empty(),
                    resting.map(bpm -> HeartRate.ofBpm((int) Math.round(bpm))));
            if (!day.isEmpty()) {
                days.add(day);
            }
        }
        sheet.refuseIfProblems();
        if (days.isEmpty()) {
            throw new ActivityFileException("the file has a header but no measures");
        }
        return days;
    }

    private static Optional<HrvKind> kind(CsvSheet.Line line) {
        String value = line.text("hrv_kind");
        if (value.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(HrvKind.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            line.problem("hrv_kind", "'" + value + "' is neither RMSSD nor SDNN");
            return Optional.empty();
        }
    }
}
