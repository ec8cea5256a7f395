package org.plimsoll.web.auth;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashing with OWASP's minimum parameters (19 MiB, 2 passes, 1 lane). The
 * parameters travel inside each hash, so raising them later still verifies old hashes.
 */
public final class Passwords {
    public static final int MINIMUM_LENGTH = 10;
    private static final Argon2Function ARGON2ID = Argon2Function.getInstance(19 * 1024, 2, 1, 32, Argon2.ID);

    private Passwords() {
    }

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(ARGON2ID).getResult();
    }

    public static boolean matches(String password, String hash) {
        try {
            return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Why a password is not acceptable, or empty when it is. */
    public static java.util.Optional<String> weakness(String password) {
        if (password.length() < MINIMUM_LENGTH) {
            return java.util.Optional.of("must be at least " + MINIMUM_LENGTH + " characters");
        }
        if (password.length() > 1000) {
            return java.util.Optional.of("must be at most 1000 characters");
        }
        return java.util.Optional.empty();
    }
}
