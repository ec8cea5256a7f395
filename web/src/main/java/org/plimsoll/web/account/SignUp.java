package org.plimsoll.web.account;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.account.AccountRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.web.auth.Passwords;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;

/** Creating an account with its first profile: the same rules for the API and the sign-up page. */
public final class SignUp {
    private final AccountRepository accounts;
    private final ProfileRepository profiles;
    private final Clock clock;

    public SignUp(AccountRepository accounts, ProfileRepository profiles, Clock clock) {
        this.accounts = accounts;
        this.profiles = profiles;
        this.clock = clock;
    }

    /** Every reason the e-mail address or password cannot be used, by field. */
    public static List<FieldError> problems(String email, String password) {
        List<FieldError> errors = new ArrayList<>();
        if (email.isBlank()) {
            errors.add(new FieldError("email", "is required"));
        } else if (!looksLikeEmail(email)) {
            errors.add(new FieldError("email", "must be an e-mail address like ana@example.org"));
        }
        if (password.isEmpty()) {
            errors.add(new FieldError("password", "is required"));
        } else {
            Passwords.weakness(password).ifPresent(why -> errors.add(new FieldError("password", why)));
        }
        return errors;
    }

    static boolean looksLikeEmail(String email) {
        String e = email.trim();
        int at = e.indexOf('@');
        return e.length() <= 320 && at > 0 && at == e.lastIndexOf('@') && e.indexOf('.', at) > at + 1
                && !e.endsWith(".") && e.chars().noneMatch(Character::isWhitespace);
    }

    /**
     * Creates the account and its profile. A sign-up in the browser goes through onboarding next;
     * an account made through the API starts with the defaults and is not asked.
     */
    public Account create(String email, String password, ZoneId zone, boolean needsOnboarding) {
        return createHashed(email, Passwords.hash(password), zone, needsOnboarding, account -> { });
    }

    /**
     * The same with the password hashed already, and {@code alongside} written in the account's own
     * transaction (a sign-up form's key, a clinician's role): the hash is slow, so it is made before, and
     * no lock is held meanwhile.
     */
    public Account createHashed(String email, String passwordHash, ZoneId zone, boolean needsOnboarding,
                                Consumer<Account> alongside) {
        return accounts.create(email, passwordHash, clock.instant(), account -> {
            profiles.save(account.id(), Profile.defaultFor(zone), clock.instant());
            if (needsOnboarding) {
                profiles.setOnboarded(account.id(), false);
            }
            alongside.accept(account);
        }).orElseThrow(() -> Problem.conflict("an account with this e-mail address exists already"));
    }
}
