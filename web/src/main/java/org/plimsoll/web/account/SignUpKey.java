package org.plimsoll.web.account;

import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Consumer;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.idempotency.Answer;
import org.plimsoll.store.idempotency.IdempotencyKey;
import org.plimsoll.store.idempotency.IdempotencyRepository;
import org.plimsoll.store.idempotency.Outcome;
import org.plimsoll.store.idempotency.StoredResponse;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Secrets;

/**
 * The key a sign-up form carries (docs/web.md, "Every write"), kept with the account it made: the same
 * form sent again (a double tap, or Back and the same again) is answered as the first was, signed in
 * and sent on to the same page, instead of "already has an account here". The password is never part
 * of what is kept: a repeat is told by the key and the address, and its password is checked against
 * the account's own (slow, salted) hash, as a sign-in would.
 */
public record SignUpKey(String key, String requestHash) {
    /** The account the earlier sign-up under the key made, and where it sent the person. */
    public record Earlier(Account account, String next) {
    }

    /** The form's key, if it has one (an old page or a hand-made request has none, and is a plain sign-up). */
    public static Optional<SignUpKey> of(String formKey, String email, boolean clinician) {
        if (formKey == null || formKey.length() > 200) {
            return Optional.empty();
        }
        return Optional.of(new SignUpKey(formKey, Secrets.sha256("POST /signup\n" + AccountRepository.normalEmail(email)
                + "\n" + (clinician ? "clinician" : "person"))));
    }

    /** The sign-up under this key, when it made the account of this address and password. */
    public Optional<Earlier> earlier(Wiring web, String email, String password) {
        Optional<Account> account = web.accounts().findByEmail(email);
        if (account.isEmpty()) {
            return Optional.empty();
        }
        Optional<StoredResponse> kept = new IdempotencyRepository(web.database()).find(account.get().id(), key)
                .filter(r -> r.requestHash().equals(requestHash));
        if (kept.isEmpty() || web.signIn().check(email, password).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Earlier(account.get(), kept.get().body()));
    }

    /**
     * Makes the account, its password hashed already, and keeps the key with it in the account's own
     * transaction, with where the person is sent next, and {@code then} (a clinician's role): a repeat
     * arriving the moment after finds all of it or none.
     */
    public Account create(Wiring web, String email, String passwordHash, ZoneId zone, String next,
                          Consumer<Account> then) {
        return web.signUp().createHashed(email, passwordHash, zone, true, account -> {
            Outcome kept = IdempotencyRepository.onceJoining(web.database(), account.id(), web.clock().instant(),
                    Optional.of(new IdempotencyKey(key, requestHash)), () -> {
                        then.accept(account);
                        return new Answer(303, next);
                    });
            if (!(kept instanceof Outcome.Written)) {
                throw new IllegalStateException("a new account has no keys yet");
            }
        });
    }
}
