package org.plimsoll.formats.activity;

import java.util.List;

/**
 * The activities of one file, with the hash that identifies the file; a Strava row read from
 * activities.csv alone has no file and so no hash.
 */
record ParsedFile(String name, String hash, List<ImportedActivity> activities) {
}
