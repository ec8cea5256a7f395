package org.plimsoll.words;

import java.time.LocalDate;
import java.util.Locale;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.profile.Units;
import org.plimsoll.engine.reason.Reason;

/** What the words of every kind of reason share: the person's units, and the phrases that recur. */
interface Phrases {
    Units units();

    default String of(Reason r) {
        return Reasons.of(r, units());
    }

    default String number(double value) {
        return Wording.number(value);
    }

    default String date(LocalDate day) {
        return Wording.day(day);
    }

    default String dose(Dose d) {
        return Wording.dose(d, units());
    }

    default String activity(Activity a) {
        return Wording.activity(a).toLowerCase(Locale.ROOT);
    }

    default String sessions(long n) {
        return Wording.count(n, "session", "sessions");
    }

    default String days(long n) {
        return Wording.count(n, "day", "days");
    }

    default String weeks(long n) {
        return Wording.count(n, "week", "weeks");
    }

    default String urgency(Urgency u) {
        return Wording.urgency(u);
    }

    /** Someone's own words as the end of a sentence: trimmed, with a full stop unless they gave one. */
    default String sentence(String words) {
        return words.isBlank() ? "" : Wording.closed(words);
    }
}
