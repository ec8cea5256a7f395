package org.plimsoll.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.plimsoll.demo.DemoHistory;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.web.auth.Passwords;

/** The demo account: created once with 12 weeks (or as many as asked) of history ending yesterday, then left alone. */
final class Demo {
    static final String EMAIL = "demo@plimsoll.example";
    static final String PASSWORD = "plimsoll-demo";
    static final ZoneId ZONE = ZoneId.of("Europe/London");
    static final int WEEKS = 12;

    private Demo() {
    }

    /**
     * Returns true when it created the account now, false when it was there already, also when
     * another instance starting at the same moment created it first.
     */
    static boolean ensure(Database database, Clock clock) {
        return ensure(database, clock, WEEKS);
    }

    static boolean ensure(Database database, Clock clock, int weeks) {
        AccountRepository accounts = new AccountRepository(database);
        if (accounts.findByEmail(EMAIL).isPresent()) {
            return false;
        }
        LocalDate yesterday = clock.instant().atZone(ZONE).toLocalDate().minusDays(1);
        var account = accounts.create(EMAIL, Passwords.hash(PASSWORD), clock.instant());
        if (account.isEmpty()) {
            return false;
        }
        new HistoryRepository(database).append(account.get().id(), DemoHistory.generate(yesterday, weeks, ZONE),
                clock.instant());
        return true;
    }
}
