package org.plimsoll.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneId;
import org.plimsoll.export.AccountExport;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.store.share.ShareRepository;
import org.plimsoll.store.token.TokenRepository;
import org.plimsoll.web.account.SignUp;
import org.plimsoll.web.auth.SignIn;
import org.plimsoll.web.auth.SignInLimit;
import org.plimsoll.web.export.Exports;
import org.plimsoll.web.idempotency.Idempotency;
import org.plimsoll.web.json.Json;
import org.plimsoll.web.page.Pages;
import org.plimsoll.web.person.Snapshots;
import org.plimsoll.web.reminder.Outbound;

/**
 * What the route classes work with, made once by {@link WebApp} and handed to each as one value,
 * so that a route class names only what it adds of its own.
 */
public record Wiring(Pages pages, SignIn signIn, SignInLimit limit, SignUp signUp, Snapshots snapshots,
                     Clock clock, Database database, Idempotency idempotency,
                     AccountRepository accounts, TokenRepository tokens, ProfileRepository profiles,
                     SessionRepository sessions, CheckInRepository checkIns, ShareRepository shares,
                     AccountExport accountExport, Exports exports, Outbound outbound, CareRepository care) {
    /**
     * The account's time zone on this request (UTC until they have a profile): the signed-in account's is
     * the one read with the sign-in, with no query of its own; anyone else's (a person a clinician reads)
     * is their profile's. The sign-in is read anew on every request, so a zone changed in settings counts
     * from the next one.
     */
    public ZoneId zoneOf(Context ctx, Account account) {
        return signIn.resolvedAccount(ctx).filter(signedIn -> signedIn.id() == account.id())
                .flatMap(signedIn -> SignIn.zone(ctx)).orElseGet(() -> profiles.zoneOf(account.id()));
    }

    /** The server's JSON mapper ({@link Json#shared()}), built by the first route that asks for it, not at start. */
    public ObjectMapper json() {
        return Json.shared();
    }
}
