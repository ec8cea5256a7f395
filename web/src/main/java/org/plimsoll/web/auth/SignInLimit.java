package org.plimsoll.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.plimsoll.store.signin.SignInAttemptRepository;
import org.plimsoll.web.problem.Problem;

/**
 * Slows down password guessing and account farming: after 5 sign-in attempts without success for
 * one account, or 30 from one network address, within 15 minutes, further attempts are refused
 * with 429 until the window has passed; so are sign-ups past 20 an hour from one address. Counted
 * in the database, so several instances count together, and counted before any password is hashed,
 * so that parallel attempts cannot all be checked.
 */
public final class SignInLimit {
    public static final int PER_ACCOUNT = 5;
    public static final int PER_ADDRESS = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final int SIGN_UPS_PER_ADDRESS = 20;
    public static final Duration SIGN_UP_WINDOW = Duration.ofHours(1);
    /** "Forgot password" requests an hour from one address: a household's worth, not a mailing list. */
    public static final int FORGOT_PER_ADDRESS = 10;

    /** What a reset attempt is recorded under: no account has it, as it is no e-mail address. */
    private static final String RESET_LINK = "(password-reset link)";
    private static final String FORGOT = "(forgot password)";

    private final SignInAttemptRepository attempts;
    private final Clock clock;

    public SignInLimit(SignInAttemptRepository attempts, Clock clock) {
        this.attempts = attempts;
        this.clock = clock;
    }

    /**
     * Counts a sign-in attempt, then refuses it with 429 past either limit; call before checking
     * the password. The attempt stays counted unless {@link #succeeded} clears the account's count.
     */
    public void attempt(String email, String address) {
        Instant now = clock.instant();
        attempts.record(email, address, now);
        Instant since = now.minus(WINDOW);
        if (attempts.countForEmail(email, since) > PER_ACCOUNT) {
            throw tooMany("too many wrong passwords for this account", WINDOW);
        }
        if (attempts.countForAddress(address, since) > PER_ADDRESS) {
            throw tooMany("too many wrong passwords from this network address", WINDOW);
        }
    }

    /**
     * Counts a use of a password-reset link with the sign-in attempts of its network address, then
     * refuses it with 429 past {@link #PER_ADDRESS}; call before the link is looked up or any password
     * hashed. Guessing links is guessing passwords by another door.
     */
    public void resetAttempt(String address) {
        Instant now = clock.instant();
        attempts.record(RESET_LINK, address, now);
        if (attempts.countForAddress(address, now.minus(WINDOW)) > PER_ADDRESS) {
            throw tooMany("too many password-reset attempts from this network address", WINDOW);
        }
    }

    /**
     * Counts a "forgot password" request from a network address, then refuses it with 429 past
     * {@link #FORGOT_PER_ADDRESS} an hour: one address cannot make the server mail every account.
     */
    public void forgot(String address) {
        Instant now = clock.instant();
        attempts.record(FORGOT, address, now);
        if (attempts.countFor(FORGOT, address, now.minus(SIGN_UP_WINDOW)) > FORGOT_PER_ADDRESS) {
            throw new Problem(429, "Too many requests", "too many password-reset requests from this network address; "
                    + "try again in an hour", java.util.List.of()).retryAfter(SIGN_UP_WINDOW);
        }
    }

    /** Counts a sign-up attempt, then refuses it with 429 past the limit; call before hashing its password. */
    public void signUp(String address) {
        Instant now = clock.instant();
        attempts.recordSignUp(address, now);
        if (attempts.countSignUps(address, now.minus(SIGN_UP_WINDOW)) > SIGN_UPS_PER_ADDRESS) {
            throw new Problem(429, "Too many sign-ups", "too many new accounts from this network address; try again "
                    + "in an hour", java.util.List.of()).retryAfter(SIGN_UP_WINDOW);
        }
    }

    public void succeeded(String email) {
        attempts.clearForEmail(email);
    }

    private static Problem tooMany(String why, Duration wait) {
        return new Problem(429, "Too many sign-in attempts",
                why + "; wait " + wait.toMinutes() + " minutes and try again", java.util.List.of())
                .retryAfter(wait);
    }
}
