package org.plimsoll.formats.activity;

import java.util.Comparator;
import java.util.List;
import org.plimsoll.engine.session.Session;

/**
 * What an import did: how many sessions it stored (or would store, in a dry run), how many were
 * already there, which files it skipped and why, and the sessions themselves with their file.
 */
public record ImportReport(int imported, int duplicates, List<Skipped> skipped, List<Imported> sessions) {
    public ImportReport {
        skipped = List.copyOf(skipped);
        sessions = List.copyOf(sessions);
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
