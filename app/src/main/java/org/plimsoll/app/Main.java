package org.plimsoll.app;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.store.StoreException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command line, and the one place where the application is wired together. */
@Command(name = "plimsoll", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Plimsoll finds how much training your back can take right now, keeps you just inside "
                + "that line, and moves the line as sleep, stress, sitting and flares move it."},
        footer = {"", "Start here: plimsoll serve --demo, then open http://localhost:8080/"})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) throws InterruptedException {
        SqliteLibrary.runnableJar().ifPresent(SqliteLibrary::prepareAside);
        Terminal terminal = new Terminal(System.getenv(), Clock.systemUTC(), Path.of("").toAbsolutePath(), System.out,
                new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8),
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)));
        java.util.Optional<ServeCommand> serve = QuickServe.parse(terminal, args);
        if (serve.isPresent()) {
            System.setProperty("plimsoll.activities", Activity.knownCodes());
            System.exit(QuickServe.run(terminal, serve.get()));
        }
        SqliteLibrary.awaitPrepared();
        System.exit(run(terminal, args));
    }

    /** Runs one command line; returns the exit code: 0 done, 1 failed, 2 bad input. */
    public static int run(Terminal terminal, String... args) {
        System.setProperty("plimsoll.activities", Activity.knownCodes());
        CommandLine cli = new CommandLine(new Main(), new Factory(terminal));
        cli.addSubcommand(new ServeCommand(terminal));
        cli.addSubcommand(new LogCommand(terminal));
        cli.addSubcommand(new ImportCommand(terminal));
        cli.addSubcommand(new CheckInCommand(terminal));
        cli.addSubcommand(new SessionsCommand(terminal));
        cli.addSubcommand(new EvaluateCommand(terminal));
        cli.addSubcommand(AccountCommand.class);
        cli.addSubcommand(new CdsTrainingCommand(terminal));
        cli.addSubcommand(new ExportCommand(terminal));
        cli.addSubcommand(new ImportExportCommand(terminal));
        cli.addSubcommand(new SimulateCommand(terminal));
        // Set after the subcommands are added: picocli passes these on only to those it already has.
        cli.setOut(terminal.out());
        cli.setErr(terminal.err());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof UsageError || e instanceof Configuration.Invalid) {
                terminal.err().println("plimsoll: " + e.getMessage());
                return 2;
            }
            if (e instanceof StoreException) {
                terminal.err().println("plimsoll: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        int code = cli.execute(args);
        terminal.out().flush();
        terminal.err().flush();
        return code;
    }

    /** Builds commands that need the terminal; everything else the default way. */
    private record Factory(Terminal terminal) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Terminal.class).newInstance(terminal);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }
}
