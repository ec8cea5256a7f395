package org.plimsoll.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.web.auth.Passwords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "account", mixinStandardHelpOptions = true, description = "Create or list accounts.",
        subcommands = {AccountCommand.Create.class, AccountCommand.ListAccounts.class, AccountCommand.ResetPassword.class})
final class AccountCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an account.",
            footer = {"", "The password is read from the first line of standard input, e.g.",
                    "  printf '%%s\\n' 'long secret phrase' | plimsoll account create ana@example.org"})
    static final class Create extends DatabaseCommand {
        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;

        @Option(names = "--timezone", paramLabel = "ZONE", description = "Your time zone, e.g. Europe/London. "
                + "Default: this computer's.")
        String timezone;

        Create(Terminal terminal) {
            super(terminal);
        }

        @Override
        protected int run(Database database) {
            ZoneId zone;
            try {
                zone = timezone == null ? ZoneId.systemDefault() : ZoneId.of(timezone);
            } catch (RuntimeException e) {
                throw new UsageError("unknown --timezone '" + timezone + "'; use a name like Europe/London");
            }
            String password = passwordFromStandardInput(terminal);
            AccountRepository accounts = new AccountRepository(database);
            Account account = accounts.create(email, Passwords.hash(password), terminal.clock().instant())
                    .orElseThrow(() -> new UsageError("an account with e-mail " + email + " exists already"));
            new ProfileRepository(database).save(account.id(), Profile.defaultFor(zone), terminal.clock().instant());
            terminal.out().println("Created account " + account.email() + " (time zone " + zone.getId() + ")");
            return 0;
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true,
            description = "Set a new password for an account, for a server that cannot send e-mail.",
            footer = {"", "The new password is read from the first line of standard input, e.g.",
                    "  printf '%s\\n' 'new long phrase' | plimsoll account reset-password ana@example.org",
                    "Every sign-in of the account ends, and any reset link sent before stops working."})
    static final class ResetPassword extends DatabaseCommand {
        @Parameters(index = "0", paramLabel = "EMAIL")
        String email;

        ResetPassword(Terminal terminal) {
            super(terminal);
        }

        @Override
        protected int run(Database database) {
            AccountRepository accounts = new AccountRepository(database);
            Account account = accounts.findByEmail(email)
                    .orElseThrow(() -> new UsageError("no account has the e-mail address " + email));
            String password = passwordFromStandardInput(terminal);
            accounts.changePassword(account.id(), Passwords.hash(password), terminal.clock().instant());
            terminal.out().println("New password set for " + account.email() + "; every sign-in of it has ended.");
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListAccounts extends DatabaseCommand {
        ListAccounts(Terminal terminal) {
            super(terminal);
        }

        @Override
        protected int run(Database database) {
            for (Account a : new AccountRepository(database).listAll()) {
                terminal.out().println(a.email());
            }
            return 0;
        }
    }

    /** The first line of standard input, as a password strong enough to keep. */
    static String passwordFromStandardInput(Terminal terminal) {
        String password;
        try {
            password = terminal.in().readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (password == null) {
            throw new UsageError("no password on standard input");
        }
        Passwords.weakness(password).ifPresent(why -> {
            throw new UsageError("the password " + why);
        });
        return password;
    }
}
