package org.plimsoll.formats.activity;

import java.util.List;

/** Something read whole or not at all: a file, or a row of a Strava export with its file. */
interface ImportUnit {
    String name();

    void parse(List<ParsedFile> parsed, List<ImportReport.Skipped> skipped);

    /** A unit that is only its reason for being skipped (an export whose index cannot be used). */
    static ImportUnit failed(String name, String reason) {
        return new ImportUnit() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void parse(List<ParsedFile> parsed, List<ImportReport.Skipped> skipped) {
                skipped.add(new ImportReport.Skipped(name, reason));
            }
        };
    }
}
