package org.plimsoll.web.push;

import java.net.URI;
import java.util.Optional;

/**
 * Which addresses the server will POST to for a person: push services are public HTTPS hosts, so an
 * endpoint that names anything else (another scheme, a user name, a loopback, private or link-local
 * address, a bare name) is refused before it is stored. A test server can be allowed on loopback.
 */
public record PushEndpoints(boolean allowLoopbackHttp) {
    public static final int MAX_LENGTH = 1000;

    /** Why the endpoint is refused, or empty when it may be used. */
    public Optional<String> problem(String endpoint) {
        if (endpoint == null || endpoint.isBlank() || endpoint.length() > MAX_LENGTH) {
            return Optional.of("must be an https address of at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(endpoint);
        } catch (java.net.URISyntaxException e) {
            return Optional.of("is not an address");
        }
        String host = uri.getHost();
        if (host == null || uri.getRawUserInfo() != null) {
            return Optional.of("must name a host and no user");
        }
        boolean loopback = host.equals("127.0.0.1") || host.equals("localhost") || host.equals("[::1]");
        if (allowLoopbackHttp && loopback && "http".equals(uri.getScheme())) {
            return Optional.empty();
        }
        if (!"https".equals(uri.getScheme())) {
            return Optional.of("must be an https address");
        }
        String h = host.toLowerCase(java.util.Locale.ROOT);
        if (loopback || !h.contains(".") || h.endsWith(".local") || h.endsWith(".internal") || h.startsWith("[")
                || h.matches("^(10|127|0)\\..*") || h.matches("^192\\.168\\..*") || h.matches("^169\\.254\\..*")
                || h.matches("^172\\.(1[6-9]|2[0-9]|3[01])\\..*")) {
            return Optional.of("must be a public push service");
        }
        return Optional.empty();
    }
}
