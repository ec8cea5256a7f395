package org.plimsoll.words;

import java.util.List;
import java.util.Locale;

/**
 * A browser's user-agent string as a person says it: "Safari on iPhone", "Chrome on Android",
 * "Firefox on Windows". Shown on the list of a share link's visits, where the raw string means
 * nothing to most people; the string itself is kept in the export.
 */
public final class Browsers {
    private record Name(String marker, String words) {
    }

    /** In order: the first marker found names it (Edge and Opera also say Chrome, Chrome also says Safari). */
    private static final List<Name> BROWSERS = List.of(new Name("edg", "Edge"), new Name("opr/", "Opera"),
            new Name("samsungbrowser", "Samsung Internet"), new Name("firefox", "Firefox"), new Name("fxios", "Firefox"),
            new Name("crios", "Chrome"), new Name("chrome", "Chrome"), new Name("safari", "Safari"),
            new Name("curl", "curl"), new Name("bot", "an automatic program"));

    /** In order: iPhones and Androids also say "like Mac OS X" and "Linux". */
    private static final List<Name> SYSTEMS = List.of(new Name("iphone", "iPhone"), new Name("ipad", "iPad"),
            new Name("android", "Android"), new Name("windows", "Windows"), new Name("cros", "a Chromebook"),
            new Name("mac os x", "a Mac"), new Name("macintosh", "a Mac"), new Name("linux", "Linux"));

    private Browsers() {
    }

    /** "Safari on iPhone"; "an unknown browser" when the string says nothing we know. */
    public static String named(String userAgent) {
        String ua = userAgent.toLowerCase(Locale.ROOT);
        String browser = BROWSERS.stream().filter(n -> ua.contains(n.marker())).map(Name::words).findFirst()
                .orElse("an unknown browser");
        return SYSTEMS.stream().filter(n -> ua.contains(n.marker())).map(n -> browser + " on " + n.words()).findFirst()
                .orElse(browser);
    }
}
