package org.plimsoll.words;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the page's script says on its own (offline queue, copy buttons, reminders), so that those
 * sentences come from the same place as every other: the layout hands them to the script by key,
 * and {@code {n}} stands for a count the script fills in.
 */
public final class ScriptWords {
    private static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("copied", "Copied.");
        ALL.put("selected", "Selected: copy it with your phone's Copy.");
        ALL.put("sent-one", "Sent: the entry kept on this device is saved.");
        ALL.put("sent-many", "Sent: the {n} entries kept on this device are saved.");
        ALL.put("offline", "You are offline. Check-ins and sessions are kept on this device until the connection is back.");
        ALL.put("waiting-one", "1 entry is waiting to be sent.");
        ALL.put("waiting-many", "{n} entries are waiting to be sent.");
        ALL.put("failed-one", "1 entry was not accepted. Its values are kept: put it back in the form, correct it and save again.");
        ALL.put("failed-many", "{n} entries were not accepted. Their values are kept: put one back in the form, correct it and save again.");
        ALL.put("put-back", "Put it back in the form");
        ALL.put("asking", "Asking your browser…");
        ALL.put("blocked", "Notifications are blocked for this site; allow them in the browser's site settings, then try again.");
        ALL.put("not-taken", "The server did not take this device ({n}).");
        ALL.put("reminders-on", "Reminders are on for this device.");
        ALL.put("no-push", "This browser could not reach its push service, so reminders cannot be shown here. "
                + "E-mail reminders still work if offered above.");
    }

    private ScriptWords() {
    }

    /** Every sentence by its key, in a fixed order. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(ALL);
    }
}
