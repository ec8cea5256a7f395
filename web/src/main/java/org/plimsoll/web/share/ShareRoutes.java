package org.plimsoll.web.share;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.share.ShareLink;
import org.plimsoll.store.idempotency.Outcome;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.auth.Secrets;
import org.plimsoll.web.auth.SignIn;
import org.plimsoll.web.export.ExportRoutes;
import org.plimsoll.web.export.Exports;
import org.plimsoll.web.form.FormBody;
import org.plimsoll.web.person.Snapshot;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.PathId;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.web.report.Report;
import org.plimsoll.web.report.ReportPart;

/**
 * Read-only share links for a clinician or coach: the person chooses the parts and the weeks, the
 * link expires by itself and can be revoked, and each opening is logged and shown on the Export page.
 */
public final class ShareRoutes {
    static final int MAX_DAYS = 90;

    private final ExportRoutes page;
    private final Wiring web;

    public ShareRoutes(Wiring web, ExportRoutes page) {
        this.web = web;
        this.page = page;
    }

    public void register(RoutesConfig routes) {
        routes.post("/export/shares", this::create, Access.SIGNED_IN);
        routes.post("/export/shares/{id}/revoke", this::revoke, Access.SIGNED_IN);
        routes.get("/shared/{secret}", this::view, Access.PUBLIC);
    }

    private void create(Context ctx) {
        Account account = Guard.account(ctx);
        List<FieldError> problems = new ArrayList<>();
        FormBody form = new FormBody(ctx);
        String label = Optional.ofNullable(ctx.formParam("label")).map(String::strip).orElse("");
        if (label.isEmpty() || label.length() > 120) {
            problems.add(new FieldError("label", "name who it is for (up to 120 characters), so you can tell links apart"));
        } else {
            org.plimsoll.web.form.PlainText.problem(label, 120).ifPresent(why -> problems.add(new FieldError("label", why)));
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
        // A double tap or Back and the same link again makes one link, and shows its address again: the
        // secret is made from the form's key, so the repeat can make it again without it being stored.
        String key = Idempotency.formKey(ctx);
        String secret = Secrets.repeatableToken("pls_", "share", account.id(), key);
        Outcome outcome = web.idempotency().outcome(ctx, account.id(), key, () -> {
            web.shares().createLink(account.id(), Secrets.sha256(secret), label,
                    parts.stream().map(Enum::name).collect(Collectors.toCollection(java.util.TreeSet::new)),
                    weeks.orElse(Exports.DEFAULT_WEEKS), web.clock().instant(),
                    web.clock().instant().plus(Duration.ofDays(days.orElse(14))));
            return Idempotency.shown(200);
        });
        if (outcome instanceof Outcome.KeyReused) {
            throw Idempotency.reused();
        }
        if (outcome instanceof Outcome.Replayed replayed && !Idempotency.shownHere(replayed.answer())) {
            page.render(ctx, account, Optional.empty(), Optional.of(org.plimsoll.words.ShownOnce.shareLink(label)));
            return;
        }
        page.render(ctx, account, Optional.of(SignIn.origin(ctx) + "/shared/" + secret),
                Optional.of("Share link made for " + label + "."));
    }

    private void revoke(Context ctx) {
        Account account = Guard.account(ctx);
        long id = PathId.of(ctx, "share link");
        if (!web.shares().revokeLink(account.id(), id, web.clock().instant())) {
            throw Problem.notFound("share link");
        }
        page.render(ctx, account, Optional.empty(), Optional.of("The link has stopped working."));
    }

    /** What the clinician sees: no sign-in; an unknown, expired or revoked link is simply not found. */
    private void view(Context ctx) {
        String address = ctx.ip();
        Optional<ShareLink> link = web.shares().open(Secrets.sha256(ctx.pathParam("secret")), web.clock().instant(), address,
                Optional.ofNullable(ctx.userAgent()).orElse(""));
        ShareLink open = link.orElseThrow(() -> Problem.gone("This shared report is not available: the link may have "
                + "expired or been revoked. Ask the person who sent it for a new one."));
        Account account = web.accounts().findById(open.accountId()).orElseThrow(() -> Problem.notFound("shared report"));
        Snapshot s = web.snapshots().of(account);
        LocalDate to = s.today();
        Set<ReportPart> parts = Exports.parts(open.parts());
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Robots-Tag", "noindex");
        ctx.html(web.exports().reportHtml(new Report(s, to.minusWeeks(open.weeks()).plusDays(1), to, parts,
                Exports.title(s) + " (shared with " + open.label() + ")", Optional.empty())));
    }
}
