package org.plimsoll.formats.activity;

import java.util.Comparator;
import java.util.List;
import org.plimsoll.engine.session.Session;

/**
 * What an import did: how many sessions it stored (or would store, in a dry run), how many were
 * already there, which files it skipped and why, and the sessions themselves with their file.
 */
public record ImportReport(int imported, int duplicates, List<Skipped> skipped, List<Imported> sessions,
                           Measures measures) {
    public ImportReport {
        skipped = List.copyOf(skipped);
        sessions = List.copyOf(sessions);
    }

    public ImportReport(int imported, int duplicates, List<Skipped> skipped, List<Imported> sessions) {
        this(imported, duplicates, skipped, sessions, Measures.NONE);
    }

    /**
     * The daily measures an import stored (or would store): nights of sleep, mornings of HRV and of
     * resting heart rate that are new or changed. A value the person typed is never replaced, and
     * one already there is not counted again.
     */
    public record Measures(int sleep, int hrv, int restingHeartRate) {
        public static final Measures NONE = new Measures(0, 0, 0);

        public Measures plus(Measures other) {
            return new Measures(sleep + other.sleep, hrv + other.hrv, restingHeartRate + other.restingHeartRate);
        }
    }

    /** This report with the daily measures the import stored. */
    ImportReport with(Measures stored) {
        return new ImportReport(imported, duplicates, skipped, sessions, stored);
    }

    /** The report of the sessions stored, earliest first, whatever order their files came in. */
    static ImportReport inTimeOrder(List<Imported> imported, int duplicates, List<Skipped> skipped) {
        List<Imported> sorted = imported.stream()
                .sorted(Comparator.comparing((Imported i) -> i.session().start().toInstant())).toList();
        return new ImportReport(sorted.size(), duplicates, skipped, sorted);
    }

    public record Skipped(String file, String reason) {
    }

    public record Imported(String file, Session session) {
    }
}
