package org.plimsoll.app;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.plimsoll.export.AccountExport;
import org.plimsoll.export.AccountNotEmpty;
import org.plimsoll.formats.export.ExportFile;
import org.plimsoll.formats.export.ExportJson;
import org.plimsoll.formats.export.ExportRefused;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.Account;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "import-export", mixinStandardHelpOptions = true,
        description = "Restore a full export (the json one) into an account that holds no records yet.",
        footer = {"", "The whole file is read and checked first; if anything in it is wrong, every problem is listed "
                + "by its place in the file and nothing is written. The restore itself is one transaction.",
                "Exit status 0 restored; 2 the file or the account was refused.",
                "", "Moving to a new server:",
                "  plimsoll export --format json -o ana.json            (on the old one)",
                "  plimsoll account create ana@example.org               (on the new one)",
                "  plimsoll import-export ana.json --user ana@example.org"})
final class ImportExportCommand extends DatabaseCommand {
    private static final int SHOWN_PROBLEMS = 20;

    @Parameters(paramLabel = "FILE", description = "A file written by 'plimsoll export --format json'.")
    Path file;

    ImportExportCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    protected int run(Database database) {
        Path path = terminal.folder().resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new UsageError(Files.isDirectory(path) ? file + " is a folder, not an export file" : "no such file " + file);
        }
        Account account = account(database);
        ExportFile export;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
            in.mark(2);
            boolean zip = in.read() == 'P' && in.read() == 'K';
            if (zip) {
                throw new UsageError(file + " is a zip (the csv export, perhaps); only the json export can be restored");
            }
            in.reset();
            export = ExportJson.read(in);
        } catch (ExportRefused e) {
            return refused(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int written;
        try {
            written = new AccountExport(database).restore(account.id(), export);
        } catch (AccountNotEmpty e) {
            throw new UsageError(account.email() + " already holds " + e.records() + (e.records() == 1 ? " record" : " records")
                    + "; a restore goes only "
                    + "into an empty account: create one with 'plimsoll account create EMAIL'");
        }
        terminal.out().println("Restored " + written + " record" + (written == 1 ? "" : "s") + " from " + file + " into "
                + account.email() + (export.email().equalsIgnoreCase(account.email()) ? "" : " (the export was made for "
                + export.email() + ")") + ".");
        return 0;
    }

    private int refused(ExportRefused e) {
        var err = terminal.err();
        err.println("plimsoll: " + file + " cannot be restored; nothing was written:");
        for (JsonProblem p : e.problems().stream().limit(SHOWN_PROBLEMS).toList()) {
            err.println("  " + p.path() + ": " + p.message());
        }
        if (e.problems().size() > SHOWN_PROBLEMS) {
            err.println("  and " + (e.problems().size() - SHOWN_PROBLEMS) + " more");
        }
        return 2;
    }
}
