package org.plimsoll.web.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.plimsoll.store.signin.SignInFailureRepository;
import org.plimsoll.web.problem.Problem;

/**
 * Slows down password guessing: after 5 wrong passwords for one account, or 30 from one network
 * address, within 15 minutes, further attempts are refused with 429 until the window has passed.
 * Counted in the database, so several instances count together.
 */
public final class SignInLimit {
    public static final int PER_ACCOUNT = 5;
    public static final int PER_ADDRESS = 30;
    public static final Duration WINDOW = Duration.ofMinutes(15);

    private final SignInFailureRepository failures;
    private final Clock clock;

    public SignInLimit(SignInFailureRepository failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /** Refuses with 429 when either limit is reached; call before checking the password. */
    public void check(String email, String address) {
        Instant since = clock.instant().minus(WINDOW);
        if (failures.countForEmail(email, since) >= PER_ACCOUNT) {
            throw tooMany("too many wrong passwords for this account");
        }
        if (failures.countForAddress(address, since) >= PER_ADDRESS) {
            throw tooMany("too many wrong passwords from this network address");
        }
    }

    public void failed(String email, String address) {
        failures.record(email, address, clock.instant());
    }

    public void succeeded(String email) {
        failures.clearForEmail(email);
    }

    private static Problem tooMany(String why) {
        return new Problem(429, "Too many sign-in attempts",
                why + "; wait " + WINDOW.toMinutes() + " minutes and try again", java.util.List.of())
                .retryAfter(WINDOW);
    }
}
