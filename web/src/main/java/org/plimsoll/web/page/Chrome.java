package org.plimsoll.web.page;

import java.util.Optional;

/**
 * What every page's frame shows: the title, who is signed in, the CSRF token for its forms, and
 * which section of the navigation is current. A clinician account's menu is its patients.
 */
public record Chrome(String title, String version, Optional<String> signedInAs, String csrf, String section,
                     boolean clinician) {
    public Chrome(String title, String version, Optional<String> signedInAs, String csrf, String section) {
        this(title, version, signedInAs, csrf, section, false);
    }

    /** The menu for who is signed in. */
    public java.util.List<Item> navigation() {
        return clinician ? CLINICIAN_NAVIGATION : NAVIGATION;
    }

    /** A destination of the menu; the daily ones stay in reach on a phone, the rest sit under "More". */
    public record Item(String path, String label, String section, boolean daily) {
    }

    /** The main navigation, in order: path, label and section name. */
    public static final java.util.List<Item> NAVIGATION = java.util.List.of(
            new Item("/today", "Today", "today", true),
            new Item("/checkin", "Check in", "checkin", true),
            new Item("/sessions/new", "Log", "log", true),
            new Item("/history", "History", "history", false),
            new Item("/plan", "Plan", "plan", true),
            new Item("/progress", "Progress", "progress", false),
            new Item("/experiments", "Experiments", "experiments", false),
            new Item("/pacing", "Pacing", "pacing", false),
            new Item("/insights", "Insights", "insights", false),
            new Item("/import", "Import", "import", false),
            new Item("/export", "Export & share", "export", false),
            new Item("/settings", "Settings", "settings", false),
            new Item("/account", "Account", "account", false));

    public static final java.util.List<Item> CLINICIAN_NAVIGATION = java.util.List.of(
            new Item("/care", "Patients", "care", true),
            new Item("/account", "Account", "account", true));
}
