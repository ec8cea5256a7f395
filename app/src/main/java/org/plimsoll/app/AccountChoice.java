package org.plimsoll.app;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;

/** Which account a command acts for: the one named with --user, else the only one there is. */
final class AccountChoice {
    private AccountChoice() {
    }

    static Account choose(AccountRepository accounts, Optional<String> user) {
        if (user.isPresent()) {
            return accounts.findByEmail(user.get())
                    .orElseThrow(() -> new UsageError("no account with e-mail " + user.get()));
        }
        List<Account> all = accounts.listAll();
        if (all.isEmpty()) {
            throw new UsageError("there is no account yet: create one with 'plimsoll account create EMAIL', "
                    + "or start 'plimsoll serve --demo' for a demo account");
        }
        if (all.size() > 1) {
            throw new UsageError("there are " + all.size() + " accounts; choose one with --user EMAIL ("
                    + all.stream().map(Account::email).collect(Collectors.joining(", ")) + ")");
        }
        return all.get(0);
    }
}
