package org.plimsoll.formats.json;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Says where and why text is not JSON, in words for people (without the parser's internals). */
public final class JsonSyntax {
    private JsonSyntax() {
    }

    public static String describe(JsonProcessingException e) {
        var at = e.getLocation();
        String why = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        int cut = why.indexOf(" (");
        if (cut > 0) {
            why = why.substring(0, cut);
        }
        cut = why.indexOf('\n');
        if (cut > 0) {
            why = why.substring(0, cut);
        }
        return "not valid JSON" + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
                + ": " + why.trim();
    }
}
