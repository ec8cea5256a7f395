package org.plimsoll.words;

/**
 * The e-mail with a link to choose a new password: that someone asked, how long the link works, what
 * choosing does to other sign-ins, and that nothing changes if the reader did not ask.
 */
public final class ResetMail {
    private ResetMail() {
    }

    public static String subject() {
        return "Choose a new Plimsoll password";
    }

    public static String body(String link, int validMinutes) {
        return """
                Someone, probably you, asked to choose a new password for Plimsoll.

                Open this link within %d minutes to choose it (it works once):
                %s

                Choosing a new password signs you out everywhere else.
                If you did not ask, ignore this e-mail: your password stays as it is.
                """.formatted(validMinutes, link);
    }
}
