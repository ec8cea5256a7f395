package org.plimsoll.web.imports;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.formats.activity.ActivityImport;
import org.plimsoll.formats.wearable.DailyMeasures;
import org.plimsoll.store.context.DailyContextRepository;
import org.plimsoll.formats.activity.ImportReport;
import org.plimsoll.formats.activity.ImportReportJson;
import org.plimsoll.store.account.Account;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.problem.Problem;

/**
 * Uploading activity files: the page (drop several files or a zip, see the report) and the same
 * import as JSON at {@code POST /api/v1/imports}. Uploads are written to a private temporary
 * folder for the length of the request, since zips need random access, and removed afterwards.
 */
public final class ImportRoutes {
    /** What the page shows: the report of the last upload, if there was one. */
    public record View(Optional<ImportReport> report, boolean dryRun,
                       Optional<String> problem, Optional<Activity> unlabelled) {
        /** What a file that does not say what it is can be imported as: every trained activity. */
        public List<Activity> choices() {
            return Activity.TRAINED;
        }
    }
    private final Wiring web;

    public ImportRoutes(Wiring web) {
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get("/import", this::page, Access.SIGNED_IN);
        routes.post("/import", this::upload, Access.SIGNED_IN);
        routes.post("/api/v1/imports", this::api, Access.SIGNED_IN);
    }

    private void page(Context ctx) {
        Guard.with(ctx, account ->
                render(ctx, new View(Optional.empty(), false, Optional.empty(), Optional.empty())));
    }

    private void upload(Context ctx) {
        Account account = Guard.account(ctx);
        boolean dryRun = "on".equals(ctx.formParam("dryRun"));
        List<UploadedFile> files = ctx.uploadedFiles("files");
        Optional<Activity> unlabelled = unlabelled(ctx.formParam("unlabelled"));
        if (files.isEmpty()) {
            ctx.status(400);
            render(ctx, new View(Optional.empty(), dryRun,
                    Optional.of("Choose one or more files first (FIT, GPX, TCX, CSV or a zip)."), unlabelled));
            return;
        }
        ImportReport report = importFiles(ctx, account, files, dryRun, unlabelled);
        render(ctx, new View(Optional.of(report), dryRun, Optional.empty(), unlabelled));
    }

    private void api(Context ctx) {
        Account account = Guard.account(ctx);
        if (ctx.contentType() == null || !ctx.contentType().startsWith("multipart/form-data")) {
            throw Problem.invalid("Content-Type", "send the files as multipart/form-data, each in a part named 'files'");
        }
        List<UploadedFile> files = ctx.uploadedFiles("files");
        if (files.isEmpty()) {
            throw Problem.invalid("files", "no part named 'files': send each file in a part named 'files'");
        }
        ImportReport report = importFiles(ctx, account, files, "true".equals(ctx.queryParam("dryRun")),
                unlabelled(ctx.queryParam("unlabelled")));
        ctx.contentType("application/json").result(ImportReportJson.write(report));
    }

    /**
     * The activity chosen for files that do not say what they are; none (they stay "other") when
     * not given. Anything else than a trained activity's code is a 400 naming the choices.
     */
    private static Optional<Activity> unlabelled(String code) {
        if (code == null || code.isBlank() || code.equals(Activity.OTHER.code())) {
            return Optional.empty();
        }
        Optional<Activity> chosen = Activity.fromCode(code).filter(Activity.TRAINED::contains);
        if (chosen.isEmpty()) {
            throw Problem.invalid("unlabelled", "must be one of " + String.join(", ",
                    Activity.TRAINED.stream().map(Activity::code).toList())
                    + " or other, was '" + code + "'");
        }
        return chosen;
    }

    private ImportReport importFiles(Context ctx, Account account, List<UploadedFile> files, boolean dryRun,
                                     Optional<Activity> unlabelled) {
        ZoneId zone = web.zoneOf(ctx, account);
        Path folder = null;
        try {
            folder = Files.createTempDirectory("plimsoll-upload-");
            List<ActivityImport.Input> inputs = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                UploadedFile file = files.get(i);
                String name = displayName(file.filename(), i);
                Path saved = folder.resolve(i + "-" + name.replaceAll("[^A-Za-z0-9._-]", "_"));
                try (InputStream in = file.content()) {
                    Files.copy(in, saved);
                }
                inputs.add(new ActivityImport.Input(saved, name));
            }
            ActivityImport importer = new ActivityImport(zone, web.clock().instant(), ActivityImport.Limits.DEFAULT);
            return unlabelled.map(importer::unlabelledAs).orElse(importer).runNamed(inputs,
                    (hash, found) -> web.sessions().addImported(account.id(), Optional.ofNullable(hash), found, dryRun,
                            web.clock().instant()), days -> {
                        DailyContextRepository.Counted stored = new DailyContextRepository(web.database())
                                .importMeasures(account.id(), days.stream().map(DailyMeasures::asContext).toList(), dryRun);
                        return new ImportReport.Measures(stored.sleep(), stored.hrv(), stored.restingHeartRate());
                    }, ActivityImport.Progress.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the upload for reading", e);
        } finally {
            delete(folder);
        }
    }

    /** The upload's own name without any folder a browser may send along. */
    private static String displayName(String filename, int index) {
        if (filename == null || filename.isBlank()) {
            return "upload-" + (index + 1);
        }
        String name = filename.replace('\\', '/');
        return name.substring(name.lastIndexOf('/') + 1);
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // the operating system's temporary folder is cleaned eventually
        }
    }

    private void render(Context ctx, View view) {
        web.pages().render(ctx, "import.jte", "Import", "import", view);
    }
}
