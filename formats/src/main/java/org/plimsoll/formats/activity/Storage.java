package org.plimsoll.formats.activity;

import java.util.ArrayList;
import java.util.List;
import org.plimsoll.engine.session.Session;

/**
 * Stores a plan file by file, each in one transaction of the destination; a session the store
 * already holds (by the file's hash, or the same outing from another source) counts as a duplicate.
 */
final class Storage {
    private Storage() {
    }

    static ImportReport store(ImportPlan plan, List<ImportReport.Skipped> skipped,
                              ActivityImport.Destination destination) {
        List<ImportReport.Imported> imported = new ArrayList<>();
        int duplicates = plan.duplicates();
        for (ImportPlan.FileSessions file : plan.files()) {
            List<Session> added = destination.addNew(file.hash(), file.sessions());
            duplicates += file.sessions().size() - added.size();
            added.forEach(s -> imported.add(new ImportReport.Imported(file.name(), s)));
        }
        return ImportReport.inTimeOrder(imported, duplicates, skipped);
    }
}
