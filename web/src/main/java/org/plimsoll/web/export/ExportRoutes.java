package org.plimsoll.web.export;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.plimsoll.export.AccountNotEmpty;
import org.plimsoll.formats.export.ExportFile;
import org.plimsoll.formats.export.ExportJson;
import org.plimsoll.formats.export.ExportRefused;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.share.ShareLink;
import org.plimsoll.store.share.ShareVisit;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.auth.Secrets;
import org.plimsoll.web.auth.SignIn;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.web.report.ReportPart;

/** The Export and Share page, the downloads, restore, and the private calendar feed. */
public final class ExportRoutes {
    /** What the page shows; a new secret URL (feed or share link) appears once, right after it is made. */
    public record View(Snapshot snapshot, Optional<Instant> feedSince, List<ShareLink> links, List<ShareVisit> visits,
                       Optional<String> newUrl, Optional<String> message, List<ReportPart> parts, Instant now) {
        /** A link's parts in the report's order and words. */
        public String partsOf(ShareLink link) {
            return Exports.parts(link.parts()).stream().map(ReportPart::label)
                    .collect(java.util.stream.Collectors.joining("; "));
        }

        /** Who a link was made for, as the person named it. */
        public String labelOf(long shareId) {
            return links.stream().filter(l -> l.id() == shareId).map(ShareLink::label).findFirst().orElse("a link");
        }

        /** A moment in the person's own time zone: "Tue 3 Nov, 14:05". */
        public String local(Instant at) {
            java.time.ZonedDateTime t = at.atZone(snapshot.zone());
            return org.plimsoll.words.Wording.day(t.toLocalDate()) + ", "
                    + t.toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
        }
    }
    private final Wiring web;

    public ExportRoutes(Wiring web) {
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        routes.get("/export", this::page, Access.SIGNED_IN);
        routes.get("/export/download", ctx -> Guard.with(ctx, account -> download(ctx, account)), Access.SIGNED_IN);
        routes.get("/api/v1/export", ctx -> download(ctx, Guard.account(ctx)), Access.SIGNED_IN);
        routes.post("/export/restore", this::restorePage, Access.SIGNED_IN);
        routes.post("/api/v1/export/restore", this::restoreApi, Access.SIGNED_IN);
        routes.post("/export/calendar", this::newFeed, Access.SIGNED_IN);
        routes.post("/export/calendar/revoke", this::revokeFeed, Access.SIGNED_IN);
        routes.get("/calendar/{secret}", this::feed, Access.PUBLIC);
        routes.get("/api/v1/calendar-feed", this::feedStateApi, Access.SIGNED_IN);
        routes.post("/api/v1/calendar-feed", this::newFeedApi, Access.SIGNED_IN);
        routes.delete("/api/v1/calendar-feed", this::revokeFeedApi, Access.SIGNED_IN);
    }

    public void render(Context ctx, Account account, Optional<String> newUrl, Optional<String> message) {
        Snapshot s = web.snapshots().of(account);
        web.pages().render(ctx, "export.jte", "Export and share", "export", new View(s, web.shares().feedSince(account.id()),
                web.shares().links(account.id()), web.shares().visits(account.id()), newUrl, message, List.of(ReportPart.values()), web.clock().instant()));
    }

    private void page(Context ctx) {
        Guard.with(ctx, account -> render(ctx, account, Optional.empty(), Optional.empty()));
    }

    private void download(Context ctx, Account account) {
        Snapshot s = web.snapshots().of(account);
        Exports.Request request = Exports.request(ctx.queryParam("format"), date(ctx, "from"), date(ctx, "to"),
                Optional.ofNullable(ctx.queryParam("paper")).filter(p -> !p.isBlank()), s.today());
        Exports.Download d = web.exports().produce(request, s);
        ctx.header("Content-Disposition", "attachment; filename=\"" + d.fileName() + "\"");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType(d.contentType()).result(d.bytes());
    }

    private static Optional<LocalDate> date(Context ctx, String name) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Problem.invalid(name, "is '" + text + "', not a date such as 2026-03-01");
        }
        // A period reaching year -999999999 once overflowed into a 500 while the export was built.
        if (!org.plimsoll.engine.history.PlausibleDates.contains(date)) {
            throw Problem.invalid(name, "is " + text + "; a date must be " + org.plimsoll.engine.history.PlausibleDates.describe());
        }
        return Optional.of(date);
    }

    /** Reads and checks the whole file before anything is written; a refusal names every problem. */
    private int restore(Context ctx, Account account) {
        UploadedFile file = ctx.contentType() != null && ctx.contentType().startsWith("multipart/form-data")
                ? ctx.uploadedFile("file") : null;
        if (file == null) {
            throw Problem.invalid("file", "send the export as multipart/form-data in a part named 'file'");
        }
        ExportFile export;
        try (InputStream in = file.content()) {
            export = ExportJson.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ExportRefused e) {
            throw Problem.invalid(e.problems().stream().map(p -> new FieldError(p.path(), p.message())).toList());
        }
        try {
            int written = web.accountExport().restore(account.id(), export);
            web.snapshots().forget(account.id());
            return written;
        } catch (AccountNotEmpty e) {
            throw Problem.conflict(e.getMessage());
        }
    }

    private void restorePage(Context ctx) {
        Account account = Guard.account(ctx);
        int written = restore(ctx, account);
        render(ctx, account, Optional.empty(), Optional.of("Restored " + written + " records."));
    }

    private void restoreApi(Context ctx) {
        Account account = Guard.account(ctx);
        ctx.json(new Restored(restore(ctx, account)));
    }

    /** How many records a restore wrote. */
    record Restored(int restored) {
    }

    /** Whether the calendar feed is on, and since when ({@code since} is null when it is off). */
    record FeedState(boolean active, Instant since) {
    }

    /** A new calendar feed: its address, shown only once. */
    record NewFeed(String url, Instant since, String note) {
    }

    private static final String NEW_FEED = "A new calendar address; any earlier one has stopped working.";

    private void newFeed(Context ctx) {
        Account account = Guard.account(ctx);
        render(ctx, account, Optional.of(replaceFeed(ctx, account)), Optional.of(NEW_FEED));
    }

    /** Only the secret's hash is stored, so the address can be shown once, here, and never again. */
    private String replaceFeed(Context ctx, Account account) {
        String secret = Secrets.newToken("plc_");
        web.shares().replaceFeed(account.id(), Secrets.sha256(secret), web.clock().instant());
        return SignIn.origin(ctx) + "/calendar/" + secret + ".ics";
    }

    private void revokeFeed(Context ctx) {
        Account account = Guard.account(ctx);
        web.shares().revokeFeed(account.id(), web.clock().instant());
        render(ctx, account, Optional.empty(), Optional.of("The calendar address has stopped working."));
    }

    private void feedStateApi(Context ctx) {
        Optional<Instant> since = web.shares().feedSince(Guard.account(ctx).id());
        ctx.json(new FeedState(since.isPresent(), since.orElse(null)));
    }

    private void newFeedApi(Context ctx) {
        Account account = Guard.account(ctx);
        // The request has nothing to say: a body with fields in it is a client expecting something else.
        String sent = ctx.body().strip();
        if (!sent.isEmpty() && !sent.equals("{}")) {
            throw Problem.invalid("/", "a new calendar feed takes no fields; send no body");
        }
        String url = replaceFeed(ctx, account);
        ctx.status(201).json(new NewFeed(url, web.shares().feedSince(account.id()).orElseThrow(),
                NEW_FEED + " It is shown only once."));
    }

    private void revokeFeedApi(Context ctx) {
        web.shares().revokeFeed(Guard.account(ctx).id(), web.clock().instant());
        ctx.status(204);
    }

    /** The feed itself: no sign-in (a calendar app cannot sign in), the secret in the address is the key. */
    private void feed(Context ctx) {
        String secret = ctx.pathParam("secret");
        secret = secret.endsWith(".ics") ? secret.substring(0, secret.length() - 4) : secret;
        Optional<Long> accountId = web.shares().feedAccount(Secrets.sha256(secret));
        Account account = accountId.flatMap(web.accounts()::findById).orElseThrow(() -> Problem.notFound("calendar"));
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/calendar; charset=utf-8").result(web.exports().calendar(web.snapshots().of(account)));
    }
}
