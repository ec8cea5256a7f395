package org.plimsoll.formats.activity;

import java.util.List;
import org.plimsoll.formats.wearable.DailyMeasures;

/**
 * The activities of one file, with the hash that identifies the file; a Strava row read from
 * activities.csv alone has no file and so no hash. A file of daily measures (a wearable's export)
 * carries those, per day.
 */
record ParsedFile(String name, String hash, List<ImportedActivity> activities, List<DailyMeasures> measures) {
    ParsedFile(String name, String hash, List<ImportedActivity> activities) {
        this(name, hash, activities, List.of());
    }
}
