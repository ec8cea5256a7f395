package org.plimsoll.words;

/**
 * What a person reads when a form that makes a secret shown once (a share link's address, an invitation
 * code, an API token) is sent again and the server can no longer show that secret: it was made by this
 * server before a restart, or by another one. One thing was made; the sentence says what to do.
 */
public final class ShownOnce {
    private ShownOnce() {
    }

    public static String invitation() {
        return "This code was made a moment ago and shown only then. If you did not keep it, make a new one.";
    }

    public static String shareLink(String forWhom) {
        return "Share link made for " + forWhom + ". Its address was shown only then: if you did not keep it, "
                + "stop that link and make a new one.";
    }

    public static String token() {
        return "This token was made a moment ago and shown only then. If you did not keep it, revoke it and make a new one.";
    }
}
