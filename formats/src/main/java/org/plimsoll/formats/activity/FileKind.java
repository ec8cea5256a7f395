package org.plimsoll.formats.activity;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.plimsoll.formats.wearable.WearableDatabase;

/** What a file is, judged by its content first and its name second. */
enum FileKind {
    FIT, GPX, TCX, CSV, ZIP, APPLE_HEALTH, DATABASE, UNKNOWN;

    static FileKind byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        n = n.endsWith(".gz") ? n.substring(0, n.length() - 3) : n;
        if (n.endsWith(".fit")) {
            return FIT;
        } else if (n.endsWith(".gpx")) {
            return GPX;
        } else if (n.endsWith(".tcx")) {
            return TCX;
        } else if (n.endsWith(".csv")) {
            return CSV;
        } else if (n.endsWith(".zip")) {
            return ZIP;
        } else if (n.endsWith(".db") || n.equals("gadgetbridge") || n.endsWith("/gadgetbridge")) {
            return DATABASE; // Health Connect's health_connect_export.db, Gadgetbridge's database
        }
        return UNKNOWN;
    }

    /** Whether a file is a recorded activity (FIT, GPX or TCX, gzipped or not) by its name. */
    static boolean isTrack(String name) {
        FileKind k = byName(name);
        return k == FIT || k == GPX || k == TCX;
    }

    static FileKind byContent(byte[] head, String name) {
        if (WearableDatabase.isDatabase(head)) {
            return DATABASE;
        }
        if (head.length >= 12 && head[8] == '.' && head[9] == 'F' && head[10] == 'I' && head[11] == 'T') {
            return FIT;
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.contains("<gpx")) {
            return GPX;
        } else if (text.contains("<TrainingCenterDatabase")) {
            return TCX;
        } else if (text.contains("<HealthData") || text.contains("<!DOCTYPE HealthData")) {
            return APPLE_HEALTH;
        } else if (isZip(head)) {
            return ZIP;
        }
        return byName(name);
    }

    /** A zip's first bytes: a local file header, "PK\3\4". */
    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }
}
