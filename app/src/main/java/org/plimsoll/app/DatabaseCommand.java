package org.plimsoll.app;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** A command that opens the configured database, acts for one account, and closes it again. */
abstract class DatabaseCommand implements Callable<Integer> {
    protected final Terminal terminal;

    @Mixin
    StorageOptions storage;

    @Option(names = "--user", paramLabel = "EMAIL", description = "The account to act for (default: the only one).")
    String user;

    DatabaseCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public final Integer call() {
        Configuration config = Configuration.resolve(storage.flags(Optional.empty(), Optional.empty()),
                terminal.env());
        try (Database database = Database.open(config.database(), new SimpleMeterRegistry())) {
            return run(database);
        }
    }

    protected abstract int run(Database database);

    protected Account account(Database database) {
        return AccountChoice.choose(new AccountRepository(database), Optional.ofNullable(user));
    }
}
