package org.plimsoll.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plimsoll.store.Database;
import org.plimsoll.store.history.HistoryRepository;
import org.plimsoll.web.export.Exports;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.person.Snapshots;
import org.plimsoll.web.problem.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export your data: everything (to keep, or to restore elsewhere), pain check-ins for a health "
                + "record, the report for your physiotherapist, or your week plan for a calendar.",
        footer = {"", "Formats:",
                "  json   everything, in one versioned file that 'import-export' restores",
                "  csv    everything, one CSV file per table, in a zip",
                "  fhir   pain check-ins of the period as an HL7 FHIR R4 Bundle",
                "  pdf    the clinician report of the period (1 to 4 pages)",
                "  ics    the coming week plan, with an alarm for each check-in",
                "",
                "--from and --to choose the period of fhir and pdf (default: the last 12 weeks to today).",
                "Without -o, the file is written in the current folder under its usual name, never over an "
                        + "existing file; '-o -' writes to standard output.",
                "", "Examples:", "  plimsoll export --format json",
                "  plimsoll export --format pdf --from 2026-01-01 --paper letter -o report.pdf",
                "  plimsoll export --format fhir -o - | jq '.entry | length'",
                "", "Exit status 0 written; 2 the request was refused (the message says why)."})
final class ExportCommand extends DatabaseCommand {
    @Option(names = "--format", required = true, paramLabel = "FORMAT",
            description = "json, csv, fhir, pdf or ics.")
    String format;

    @Option(names = "--from", paramLabel = "DATE", description = "First day of the period, e.g. 2026-01-01.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last day of the period (default: today).")
    LocalDate to;

    @Option(names = "--paper", paramLabel = "SIZE", defaultValue = "A4",
            description = "Paper of the pdf report: A4 or letter. Default: ${DEFAULT-VALUE}.")
    String paper;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Where to write; '-' for standard output. A file named here is replaced.")
    String output;

    ExportCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    protected int run(Database database) {
        Clock clock = terminal.clock();
        Snapshot snapshot = new Snapshots(new HistoryRepository(database), clock).of(account(database));
        Exports.Request request;
        try {
            request = Exports.request(format, Optional.ofNullable(from), Optional.ofNullable(to),
                    Optional.ofNullable(paper), snapshot.today());
        } catch (Problem e) {
            throw new UsageError(e.errors().stream().map(f -> "--" + f.field() + " " + f.message())
                    .collect(Collectors.joining("; ")));
        }
        if (!request.format().hasPeriod() && (from != null || to != null)) {
            terminal.err().println("plimsoll: note: --from and --to apply to fhir and pdf only; "
                    + (request.format() == Exports.Format.ICS ? "the calendar holds the coming week plan."
                    : "a full export holds everything."));
        }

        Exports.Download download = Exports.of(database, clock).produce(request, snapshot);
        if ("-".equals(output)) {
            terminal.out().flush();
            try {
                terminal.bytes().write(download.bytes());
                terminal.bytes().flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return 0;
        }
        Path target = terminal.folder().resolve(output != null ? output : download.fileName());
        if (output == null && Files.exists(target)) {
            throw new UsageError(target + " already exists; name the file with -o FILE (a file named there is replaced)");
        }
        write(target, download.bytes());
        terminal.out().printf(Locale.ROOT, "Wrote %s (%s)%s%n", target, size(download.bytes().length),
                request.format().hasPeriod() ? ", " + request.from() + " to " + request.to() : "");
        return 0;
    }

    /** Written beside the target and moved into place, so an interrupted export never leaves half a file. */
    private static void write(Path target, byte[] bytes) {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new UsageError("cannot write " + target + ": there is no folder " + folder);
        }
        try {
            Path partial = Files.createTempFile(folder, ".plimsoll-export-", ".part");
            try {
                Files.write(partial, bytes);
                try {
                    Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UsageError("cannot write " + target + ": " + e.getMessage());
        }
    }

    private static String size(int bytes) {
        return bytes < 1024 ? bytes + " bytes" : bytes < 1024 * 1024
                ? String.format(Locale.ROOT, "%.0f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
