package org.plimsoll.app;

import java.nio.file.Path;
import java.util.Optional;
import org.plimsoll.store.StoreException;

/**
 * The common {@code serve} command lines ({@code --data-dir}, {@code --db-url}, {@code --port},
 * {@code --host}, {@code --demo}, each with a separate value) without picocli. Picocli's classes
 * are compiled for Java 5, which the JDK's class-data archive cannot hold, so on the server's
 * start-up path they were loaded and verified one by one on every start. Anything else (help, a
 * flag given as {@code --port=8080}, a typo) goes to picocli as before, which explains it.
 */
final class QuickServe {
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
            if (flag.equals("--demo")) {
                serve.demo = true;
                continue;
            }
            if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                return Optional.empty();
            }
            String value = args[++i];
            switch (flag) {
                case "--data-dir" -> serve.storage.dataDir = Path.of(value);
                case "--db-url" -> serve.storage.dbUrl = value;
                case "--host" -> serve.host = value;
                case "--port" -> {
                    if (!value.matches("\\d{1,5}")) {
                        return Optional.empty();
                    }
                    serve.port = Integer.valueOf(value);
                }
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
