package org.plimsoll.web.share;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.share.ShareLink;
import org.plimsoll.store.share.ShareRepository;
import org.plimsoll.web.auth.Secrets;
import org.plimsoll.web.auth.SignIn;
import org.plimsoll.web.export.ExportRoutes;
import org.plimsoll.web.export.Exports;
import org.plimsoll.web.form.FormBody;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.person.Snapshots;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.web.report.Report;
import org.plimsoll.web.report.ReportPart;

/**
 * Read-only share links for a clinician or coach: the person chooses the parts and the weeks, the
 * link expires by itself and can be revoked, and each opening is logged and shown on the Export page.
 */
public final class ShareRoutes {
    static final int MAX_DAYS = 90;

    private final SignIn signIn;
    private final Snapshots snapshots;
    private final Exports exports;
    private final ExportRoutes page;
    private final ShareRepository shares;
    private final AccountRepository accounts;
    private final Clock clock;

    public ShareRoutes(SignIn signIn, Snapshots snapshots, Exports exports, ExportRoutes page, ShareRepository shares,
                       AccountRepository accounts, Clock clock) {
        this.signIn = signIn;
        this.snapshots = snapshots;
        this.exports = exports;
        this.page = page;
        this.shares = shares;
        this.accounts = accounts;
        this.clock = clock;
    }

    public void register(RoutesConfig routes) {
        routes.post("/export/shares", this::create);
        routes.post("/export/shares/{id}/revoke", this::revoke);
        routes.get("/shared/{secret}", this::view);
    }

    private void create(Context ctx) {
        Account account = signIn.required(ctx);
        List<FieldError> problems = new ArrayList<>();
        FormBody form = new FormBody(ctx);
        String label = Optional.ofNullable(ctx.formParam("label")).map(String::strip).orElse("");
        if (label.isEmpty() || label.length() > 120) {
            problems.add(new FieldError("label", "name who it is for (up to 120 characters), so you can tell links apart"));
        }
        OptionalInt weeks = form.whole("weeks", 1, 104, problems);
        OptionalInt days = form.whole("days", 1, MAX_DAYS, problems);
        Set<ReportPart> parts = Exports.parts(ctx.formParams("parts"));
        if (parts.isEmpty()) {
            problems.add(new FieldError("parts", "choose at least one part to share"));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        String secret = Secrets.newToken("pls_");
        shares.createLink(account.id(), Secrets.sha256(secret), label,
                parts.stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new)),
                weeks.orElse(Exports.DEFAULT_WEEKS), clock.instant(), clock.instant().plus(Duration.ofDays(days.orElse(14))));
        page.render(ctx, account, Optional.of(SignIn.origin(ctx) + "/shared/" + secret),
                Optional.of("Share link made for " + label + "."));
    }

    private void revoke(Context ctx) {
        Account account = signIn.required(ctx);
        long id;
        try {
            id = Long.parseLong(ctx.pathParam("id"));
        } catch (NumberFormatException e) {
            throw Problem.notFound("share link");
        }
        if (!shares.revokeLink(account.id(), id, clock.instant())) {
            throw Problem.notFound("share link");
        }
        page.render(ctx, account, Optional.empty(), Optional.of("The link has stopped working."));
    }

    /** What the clinician sees: no sign-in; an unknown, expired or revoked link is simply not found. */
    private void view(Context ctx) {
        String address = ctx.ip();
        Optional<ShareLink> link = shares.open(Secrets.sha256(ctx.pathParam("secret")), clock.instant(), address,
                Optional.ofNullable(ctx.userAgent()).orElse(""));
        ShareLink open = link.orElseThrow(() -> Problem.gone("This shared report is not available: the link may have "
                + "expired or been revoked. Ask the person who sent it for a new one."));
        Account account = accounts.findById(open.accountId()).orElseThrow(() -> Problem.notFound("shared report"));
        Snapshot s = snapshots.of(account);
        LocalDate to = s.today();
        Set<ReportPart> parts = Exports.parts(open.parts());
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex");
        ctx.html(exports.reportHtml(new Report(s, to.minusWeeks(open.weeks()).plusDays(1), to, parts,
                Exports.title(s) + " (shared with " + open.label() + ")", Optional.empty())));
    }
}
