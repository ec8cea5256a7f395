package org.plimsoll.web.mail;

import java.util.Optional;

/**
 * Where e-mail goes out: an SMTP server, with STARTTLS required unless {@code tlsOptional} (a relay on
 * this machine or a test server), a login when the server wants one, and the sender's address.
 */
public record MailSettings(String host, int port, Optional<String> user, Optional<String> password, String from,
                           boolean tlsOptional) {
    public MailSettings {
        if (host.isBlank() || from.isBlank()) {
            throw new IllegalArgumentException("an SMTP host and a sender address are both needed");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the SMTP port must be 1–65535, was " + port);
        }
    }
}
