package org.plimsoll.formats.activity;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.plimsoll.formats.wearable.DatabaseExport;
import org.plimsoll.formats.wearable.DatabaseWorkout;
import org.plimsoll.formats.wearable.WearableDatabase;
import org.plimsoll.formats.wearable.WearableFileException;

/**
 * A Health Connect or Gadgetbridge database as parsed files of the import: SQLite reads only from
 * a file, so the bytes (already within their size limit) are copied to a private temporary file,
 * read, and deleted. Each workout stands as its own parsed file, as an Apple Health export's do,
 * and the daily measures come as one more.
 */
final class DatabaseFile {
    /** The largest database copied to disk to read: years of a watch's samples are far smaller. */
    static final long MAX_BYTES = 2L * 1024 * 1024 * 1024;

    private DatabaseFile() {
    }

    static List<ParsedFile> read(String name, InputStream in, MessageDigest sha, ZoneId zone,
                                 List<ImportReport.Skipped> notes) throws IOException, ActivityFileException {
        Path copy = Files.createTempFile("plimsoll-import-", ".db");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            String hash = HexFormat.of().formatHex(sha.digest());
            DatabaseExport export;
            try {
                export = WearableDatabase.read(copy, zone, WearableDatabase.MAX_ROWS);
            } catch (WearableFileException e) {
                throw new ActivityFileException(e.getMessage(), e);
            }
            export.notes().forEach(note -> notes.add(new ImportReport.Skipped(name, note)));
            if (export.workouts().isEmpty() && export.days().isEmpty()) {
                notes.add(new ImportReport.Skipped(name, "the " + export.source()
                        + " database holds no workouts, sleep, heart-rate variability or resting heart rate"));
            }
            List<ImportedActivity> activities = export.workouts().stream().map(DatabaseFile::activity).toList();
            List<ParsedFile> parsed = new ArrayList<>(AppleHealthExport.perWorkout(name, hash, activities, List.of(), zone));
            if (!export.days().isEmpty()) {
                parsed.add(new ParsedFile(name + ": sleep, HRV and resting heart rate", hash, List.of(),
                        export.days()));
            }
            return parsed;
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static ImportedActivity activity(DatabaseWorkout w) {
        return new ImportedActivity(w.sport(), w.activity(), w.start(), w.elapsedSeconds(), OptionalDouble.empty(),
                OptionalDouble.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty());
    }
}
