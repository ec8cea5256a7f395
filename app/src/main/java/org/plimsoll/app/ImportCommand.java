package org.plimsoll.app;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.formats.activity.ActivityImport;
import org.plimsoll.formats.wearable.DailyMeasures;
import org.plimsoll.store.context.DailyContextRepository;
import org.plimsoll.formats.activity.ImportReport;
import org.plimsoll.formats.activity.ImportReportJson;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.session.SessionRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import sessions from activity files: FIT, GPX, TCX (plain or .gz), CSV, folders, zips and "
                + "Strava bulk exports; and sessions, sleep, heart-rate variability and resting heart rate from "
                + "Apple Health, Health Connect and Gadgetbridge exports, Garmin wellness FIT files and a daily-measures "
                + "CSV. A value typed in Plimsoll is never replaced.",
        footer = {"", "Each file is imported whole or not at all; files that cannot be used are listed with the reason.",
                "Sessions already stored (start within 2 min, distance within 5%%) count as duplicates.",
                "Exit status 0; 1 when nothing could be imported from any file.",
                "", "Examples:", "  plimsoll import ~/Downloads/export_12345.zip",
                "  plimsoll import watch/*.fit --dry-run", "  plimsoll import runs.csv --json"})
final class ImportCommand extends DatabaseCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders or zips.")
    List<Path> paths;

    @Option(names = "--dry-run", description = "Read and report, store nothing.")
    boolean dryRun;

    @Option(names = "--json", description = "Print the report as JSON.")
    boolean json;

    @Option(names = "--unlabelled", paramLabel = "ACTIVITY",
            description = "Import files that do not say their sport (most GPX files) as this activity, "
                    + "for example walk or run; without it they are 'other'.")
    String unlabelled;

    ImportCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    protected int run(Database database) {
        Account account = account(database);
        ZoneId zone = new ProfileRepository(database).zoneOf(account.id());
        SessionRepository sessions = new SessionRepository(database);
        ProgressBar bar = new ProgressBar(!json && System.console() != null);
        ActivityImport importer = new ActivityImport(zone, terminal.clock().instant(), ActivityImport.Limits.DEFAULT);
        if (unlabelled != null) {
            importer = importer.unlabelledAs(Activity.fromCode(unlabelled).filter(a -> !a.isPosture())
                    .orElseThrow(() -> new UsageError("--unlabelled must be an activity (" + Activity.knownCodes()
                            + "), was '" + unlabelled + "'")));
        }
        ImportReport report = importer
                .run(paths, (hash, found) -> sessions.addImported(account.id(), Optional.ofNullable(hash), found,
                        dryRun, terminal.clock().instant()), days -> {
                    DailyContextRepository.Counted stored = new DailyContextRepository(database)
                            .importMeasures(account.id(), days.stream().map(DailyMeasures::asContext).toList(), dryRun);
                    return new ImportReport.Measures(stored.sleep(), stored.hrv(), stored.restingHeartRate());
                }, bar);
        bar.done();
        if (json) {
            terminal.out().println(ImportReportJson.write(report));
        } else {
            summary(report);
        }
        return report.imported() == 0 && !report.skipped().isEmpty() && report.duplicates() == 0 ? 1 : 0;
    }

    private void summary(ImportReport report) {
        var out = terminal.out();
        for (ImportReport.Imported i : report.sessions()) {
            var s = i.session();
            out.printf(Locale.ROOT, "  %s  %-10s %4d min%s%s%n", s.start().format(WHEN), s.activity().code(),
                    s.minutes().value(), s.distance().isPresent() ? String.format(Locale.ROOT, "  %.2f km",
                    s.distance().get().km()) : "", s.rpeEstimated() ? "  (effort " + s.rpe().get().value()
                    + ", estimated)" : "");
        }
        out.println((dryRun ? "Would import " : "Imported ") + report.imported() + " session"
                + (report.imported() == 1 ? "" : "s") + ", " + report.duplicates() + " duplicate"
                + (report.duplicates() == 1 ? "" : "s") + " left out, " + report.skipped().size() + " file"
                + (report.skipped().size() == 1 ? "" : "s") + " skipped" + (dryRun ? " (dry run: nothing stored)." : "."));
        ImportReport.Measures m = report.measures();
        if (!m.equals(ImportReport.Measures.NONE)) {
            out.println(org.plimsoll.words.MeasuresWords.added(dryRun, m.sleep(), m.hrv(), m.restingHeartRate()));
        }
        for (ImportReport.Skipped s : report.skipped()) {
            out.println("  skipped " + s.file() + ": " + s.reason());
        }
        if (report.sessions().stream().anyMatch(i -> i.session().rpeEstimated())) {
            out.println("Efforts marked estimated come from heart rate or pace; confirm or correct them when you review each session.");
        }
    }

    /** One line on the terminal, redrawn as files are read; silent when output is not a terminal. */
    private final class ProgressBar implements ActivityImport.Progress {
        private final boolean shown;
        private int lastPercent = -1;

        ProgressBar(boolean shown) {
            this.shown = shown;
        }

        @Override
        public void update(int done, int total, String file) {
            if (!shown || total == 0) {
                return;
            }
            int percent = done * 100 / total;
            if (percent == lastPercent && done != total) {
                return;
            }
            lastPercent = percent;
            int filled = percent * 30 / 100;
            String name = file.length() > 40 ? "…" + file.substring(file.length() - 39) : file;
            terminal.err().print("\r[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + done + "/" + total
                    + " " + String.format(Locale.ROOT, "%-40s", name));
            terminal.err().flush();
        }

        void done() {
            if (shown && lastPercent >= 0) {
                terminal.err().print("\r" + " ".repeat(80) + "\r");
                terminal.err().flush();
            }
        }
    }
}
