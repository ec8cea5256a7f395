package org.plimsoll.words;

/**
 * The e-mail a person's clinician receives with an invitation code: who invites them, what they will
 * see, where to type the code, and that the person sees when they look. The code is in the text, never
 * in a link.
 */
public final class InvitationMail {
    private InvitationMail() {
    }

    public static String subject(String person) {
        return person + " invites you to follow their back training on Plimsoll";
    }

    /** {@code publicUrl} is this server's public address; the clinician types the code there, under /care. */
    public static String body(String person, String code, String publicUrl, int validDays) {
        return """
                %s would like you to follow their back training on Plimsoll: their levels, how their back
                answered each session, flares and check-ups. They can end your access at any time, and they
                see when you look.

                To accept, sign in to Plimsoll with a clinician account (or create one), go to Your patients,
                and type this code: %s

                %s/care

                The code works once, for %d days. If you do not know this person, ignore this e-mail.
                """.formatted(person, code, publicUrl, validDays);
    }

    /** What the person reads beside the code they just made. */
    public static String shownOnce(int validDays) {
        return "Give this code to your clinician; it works once, for " + validDays + " days, and is shown only now.";
    }

}
