package org.plimsoll.web.page;

import java.util.Optional;

/**
 * What every page's frame shows: the title, who is signed in, the CSRF token for its forms, and
 * which section of the navigation is current.
 */
public record Chrome(String title, String version, Optional<String> signedInAs, String csrf, String section) {
    /** The main navigation, in order: path, label and section name. */
    public record Item(String path, String label, String section) {
    }

    public static final java.util.List<Item> NAVIGATION = java.util.List.of(
            new Item("/today", "Today", "today"),
            new Item("/checkin", "Check in", "checkin"),
            new Item("/sessions/new", "Log", "log"),
            new Item("/history", "History", "history"),
            new Item("/plan", "Plan", "plan"),
            new Item("/progress", "Progress", "progress"),
            new Item("/pacing", "Pacing", "pacing"),
            new Item("/insights", "Insights", "insights"),
            new Item("/import", "Import", "import"),
            new Item("/export", "Export & share", "export"),
            new Item("/settings", "Settings", "settings"),
            new Item("/account", "Account", "account"));
}
