package org.plimsoll.web.person;

import org.plimsoll.engine.history.History;

/**
 * About how much memory one cached person holds: their history, the assessment made of it and
 * what the routes keep of it (their answers' text; the assessment's JSON tree is not kept,
 * {@link Snapshot}). An estimate from the record counts, measured on demo histories of 8, 26 and
 * 104 weeks ({@code org.plimsoll.bench.CachedPersonSize}: heap after a full collection with 200
 * people held, divided by the people: 81, 192 and 704 KB; this estimates 86, 198 and 695 KB).
 * Counting the real objects on every request would cost more than it saves.
 */
final class Weight {
    /** The assessment's fixed parts and what the routes keep: the week's plan, today's answer, the charts' frame. */
    static final long FIXED = 32 * 1024;
    static final long PER_SESSION = 850;
    static final long PER_CHECK_IN = 150;
    static final long PER_CONTEXT_DAY = 120;
    static final long PER_OTHER = 150;

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
