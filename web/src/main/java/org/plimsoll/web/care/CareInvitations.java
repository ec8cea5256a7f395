package org.plimsoll.web.care;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.care.CareRepository;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Secrets;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.words.InvitationMail;

/**
 * The person's one-time invitation codes: made, e-mailed to the clinician if the person asks, and
 * redeemed once by a clinician within {@link #CODE_VALID}. Only a code's hash is kept.
 */
public final class CareInvitations {
    public static final Duration CODE_VALID = Duration.ofDays(7);
    /** E-mailed invitations one person may send in a day: enough for a typo, too few to use us for spam. */
    static final int MAILED_A_DAY = 5;
    /** Twelve characters of an alphabet without look-alikes (Crockford's base 32): 60 random bits. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /** A code just made, shown once, and where it was e-mailed. */
    public record Invitation(String code, Instant expiresAt, Optional<String> emailedTo) {
    }

    private final Wiring web;
    private final CareRepository care;

    CareInvitations(Wiring web) {
        this.web = web;
        this.care = web.care();
    }

    /**
     * The address an invitation goes to, if the person gave one: refused when mail is not set up here
     * or when it is not an address.
     */
    Optional<String> mailTo(String email) {
        if (email.isEmpty()) {
            return Optional.empty();
        }
        if (web.outbound().mail().isEmpty()) {
            throw Problem.invalid("/email", "cannot be used: this server does not send e-mail; give your clinician the code instead");
        }
        if (email.length() > 320 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw Problem.invalid("/email", "is not an e-mail address");
        }
        return Optional.of(email);
    }

    /**
     * A new code, e-mailed to the clinician when the person gave their address: past
     * {@link #MAILED_A_DAY} a day it is refused (429) before any code is made.
     */
    Invitation invite(Account person, Optional<String> mailTo, String idempotencyKey) {
        Instant now = web.clock().instant();
        if (mailTo.isPresent() && !care.mailed(person.id(), mailTo.get(), now, MAILED_A_DAY,
                now.minus(Duration.ofDays(1)))) {
            throw new Problem(429, "Too many e-mailed invitations", "At most " + MAILED_A_DAY
                    + " e-mailed invitations a day: give your clinician the code instead.", List.of())
                    .retryAfter(Duration.ofDays(1));
        }
        String code = code(person, idempotencyKey);
        care.invite(person.id(), hash(code), now, now.plus(CODE_VALID));
        return new Invitation(code, now.plus(CODE_VALID), mailTo);
    }

    /**
     * The e-mail of an invitation, sent once the invitation is stored: never from inside its
     * transaction, which must not wait on anything else (a mail for a code that was then rolled
     * back would be worse than none).
     */
    void mail(Account person, Invitation invitation) {
        invitation.emailedTo().ifPresent(to -> {
            String name = web.snapshots().of(person).name();
            web.outbound().mail().orElseThrow().sendLater(to, InvitationMail.subject(name),
                    InvitationMail.body(name, invitation.code(), web.outbound().publicUrl(), (int) CODE_VALID.toDays()));
        });
    }

    /** A clinician takes up a code the person gave them. */
    CareRepository.Acceptance accept(Account clinician, String code) {
        if (code.isBlank() || code.length() > 40) {
            return new CareRepository.Acceptance.Refused("type the 12-character code the person gave you");
        }
        return care.accept(clinician.id(), hash(code), web.clock().instant());
    }

    /** A new code, or under a form's key the one a repeat of that form shows again (random without a key). */
    String code(Account person, String idempotencyKey) {
        byte[] bits = Secrets.repeatable("care-invitation", person.id(), idempotencyKey);
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(Byte.toUnsignedInt(bits[i]) % ALPHABET.length()));
        }
        return code.toString();
    }

    /** Codes are typed by people: case, spaces and dashes do not matter, and O, I and L read as 0, 1, 1. */
    static String hash(String code) {
        String plain = code.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "").replace('O', '0').replace('I', '1')
                .replace('L', '1');
        return Secrets.sha256("care:" + plain);
    }
}
