package org.plimsoll.web.form;

import java.util.Optional;
import org.plimsoll.formats.json.JsonFields;

/**
 * The one check of a line of text a person names something with (a device, a token, a share link, an
 * exercise), made before any database sees it: at most so many characters, and no control character.
 * PostgreSQL refuses NUL and over-long values where SQLite stores them, so without this the same input
 * was stored on one and a 503 on the other.
 */
public final class PlainText {
    private PlainText() {
    }

    /** Why {@code text} is refused, in words for the field's message, or empty when it is fine. */
    public static Optional<String> problem(String text, int most) {
        if (text.length() > most) {
            return Optional.of("is " + text.length() + " characters long; at most " + most);
        }
        if (JsonFields.hasControlCharacter(text)) {
            return Optional.of("must not contain control characters (such as NUL)");
        }
        return Optional.empty();
    }
}
