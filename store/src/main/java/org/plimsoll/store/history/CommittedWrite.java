package org.plimsoll.store.history;

import java.util.List;
import org.plimsoll.engine.history.History;

/**
 * A committed unit of work that did nothing to a person's history but add these records, moving
 * their revision from {@code from} to {@code to}. A history read at {@code from} with them added is
 * what a reload at {@code to} returns; at any other revision it says nothing.
 */
public record CommittedWrite(long accountId, long from, long to, List<HistoryChange> changes) {
    public CommittedWrite {
        changes = List.copyOf(changes);
        if (to != from + changes.size()) {
            throw new IllegalArgumentException("revision " + from + " to " + to + " for " + changes.size() + " records");
        }
    }

    /** The history read at revision {@code from}, with the records added: the history at revision {@code to}. */
    public History onto(History atFrom) {
        History history = atFrom;
        for (HistoryChange change : changes) {
            history = change.onto(history);
        }
        return history;
    }
}
