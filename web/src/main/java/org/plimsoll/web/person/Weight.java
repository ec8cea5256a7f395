package org.plimsoll.web.person;

import org.plimsoll.engine.history.History;

/**
 * About how much memory one cached person holds: their history, the assessment made of it and
 * what pages derive from it (the assessment's JSON above all). An estimate from the record counts,
 * measured once on demo histories of half a year, two and five years (heap after a full
 * collection, divided by the people held: 0.44, 1.19 and 2.91 MB; this estimates 0.44, 1.27 and
 * 2.95 MB). Counting the real objects on every request would cost more than it saves.
 */
final class Weight {
    /** The assessment's fixed parts and its JSON: the week's plan, today's answer, the charts' frame. */
    static final long FIXED = 160 * 1024;
    static final long PER_SESSION = 1_400;
    static final long PER_CHECK_IN = 250;
    static final long PER_CONTEXT_DAY = 200;
    static final long PER_OTHER = 250;

    private Weight() {
    }

    static long of(History history) {
        return FIXED
                + PER_SESSION * history.sessions().size()
                + PER_CHECK_IN * history.checkIns().size()
                + PER_CONTEXT_DAY * history.context().size()
                + PER_OTHER * (history.levels().size() + history.baselineTests().size()
                + history.declaredFlares().size() + history.care().size() + history.checkUps().size());
    }
}
