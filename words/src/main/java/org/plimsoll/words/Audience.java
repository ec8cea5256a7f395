package org.plimsoll.words;

/**
 * Who reads a page about a person's record: the person, of their own ("your level"), or their
 * clinician, of someone else's ("their level"). The physio's screens, the report made for a clinician
 * and the share page speak to the clinician; every other page to the person.
 */
public enum Audience {
    PERSON("your", "Your level"),
    CLINICIAN("their", "Their level");

    private final String whose;
    private final String levelHeading;

    Audience(String whose, String levelHeading) {
        this.whose = whose;
        this.levelHeading = levelHeading;
    }

    /** The person's record as this reader calls it: "your" or "their". */
    public String whose() {
        return whose;
    }

    /** The heading of the level in force, as a table's column or row names it. */
    public String levelHeading() {
        return levelHeading;
    }
}
