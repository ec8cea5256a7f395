package org.plimsoll.web.person;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.checkin.DueCheckIns;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.store.account.Account;

/** One person's data and the engine's assessment of it, as of now in their time zone. */
public record Snapshot(Account account, History history, Assessment assessment, ZonedDateTime now) {
    public Profile profile() {
        return history.profile();
    }

    public ZoneId zone() {
        return now.getZone();
    }

    public LocalDate today() {
        return now.toLocalDate();
    }

    public List<DueCheckIns.Due> due() {
        return DueCheckIns.at(history, now);
    }
}
