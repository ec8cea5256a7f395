package org.plimsoll.app;

import java.nio.file.Path;
import java.util.Optional;
import org.plimsoll.store.StoreException;

/**
 * {@code serve}'s command lines without picocli: every option it declares ({@link OptionNames}),
 * each with a separate value. Picocli's classes are compiled for Java 5, which the JDK's class-data
 * archive cannot hold, so on the server's start-up path they were loaded and verified one by one on
 * every start. Anything else (help, a flag given as {@code --port=8080}, a number that is not one,
 * a typo) goes to picocli as before, which explains it.
 */
final class QuickServe {
    /** The flags read here: {@code QuickServeTest} checks that they are every one picocli declares for serve. */
    static final java.util.Set<String> READS = java.util.Set.of(OptionNames.DATA_DIR, OptionNames.DB_URL,
            OptionNames.PORT, OptionNames.HOST, OptionNames.SMTP_HOST, OptionNames.SMTP_PORT, OptionNames.SMTP_USER,
            OptionNames.MAIL_FROM, OptionNames.TRUSTED_PROXIES, OptionNames.DEMO, OptionNames.DEMO_WEEKS);

    /** Those whose value is a number; anything else there is for picocli to explain. */
    private static final java.util.Set<String> NUMBERS = java.util.Set.of(OptionNames.PORT, OptionNames.SMTP_PORT,
            OptionNames.DEMO_WEEKS);

    private QuickServe() {
    }

    /** The serve command these arguments ask for, when they are all of the simple kind. */
    static Optional<ServeCommand> parse(Terminal terminal, String... args) {
        if (args.length == 0 || !args[0].equals("serve")) {
            return Optional.empty();
        }
        ServeCommand serve = new ServeCommand(terminal);
        serve.storage = new StorageOptions();
        serve.demoWeeks = 12;
        for (int i = 1; i < args.length; i++) {
            String flag = args[i];
            if (flag.equals(OptionNames.DEMO)) {
                serve.demo = true;
                continue;
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                return Optional.empty();
            }
            String value = args[++i];
            if (NUMBERS.contains(flag) && !value.matches("\\d{1,5}")) {
                return Optional.empty();
            }
            switch (flag) {
                case OptionNames.DATA_DIR -> serve.storage.dataDir = Path.of(value);
                case OptionNames.DB_URL -> serve.storage.dbUrl = value;
                case OptionNames.HOST -> serve.host = value;
                case OptionNames.SMTP_HOST -> serve.smtpHost = value;
                case OptionNames.SMTP_USER -> serve.smtpUser = value;
                case OptionNames.MAIL_FROM -> serve.mailFrom = value;
                case OptionNames.TRUSTED_PROXIES -> serve.trustedProxies = value;
                case OptionNames.PORT -> serve.port = Integer.valueOf(value);
                case OptionNames.SMTP_PORT -> serve.smtpPort = Integer.valueOf(value);
                case OptionNames.DEMO_WEEKS -> serve.demoWeeks = Integer.parseInt(value);
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(serve);
    }

    /** Runs it with the exit codes of {@link Main#run}: 0 done, 1 failed, 2 bad input. */
    static int run(Terminal terminal, ServeCommand serve) throws InterruptedException {
        try {
            return serve.call();
        } catch (UsageError | Configuration.Invalid e) {
            terminal.err().println("plimsoll: " + e.getMessage());
            return 2;
        } catch (StoreException e) {
            terminal.err().println("plimsoll: " + e.getMessage());
            return 1;
        } finally {
            terminal.out().flush();
            terminal.err().flush();
        }
    }
}
