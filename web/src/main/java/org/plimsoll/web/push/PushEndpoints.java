package org.plimsoll.web.push;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which addresses the server will POST to for a person: push services are public HTTPS hosts named
 * by DNS, so an endpoint that is anything else (another scheme, a user name, an address literal in any
 * spelling such as {@code 0177.0.0.1}, a name ending in a dot, a bare or special-use name such as
 * {@code localhost} or {@code .internal}) is refused before it is stored. What a name resolves to is
 * checked again at every send ({@link PushSender}). A test server can be allowed on loopback.
 */
public record PushEndpoints(boolean allowLoopbackHttp) {
    public static final int MAX_LENGTH = 1000;
    /** DNS labels of letters, digits and hyphens; the last one (the top-level domain) not all digits. */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern TOP_LEVEL = Pattern.compile("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");
    /** Special-use names (RFC 6761, 6762, 7686, 8375, and .internal): never a public push service. */
    private static final List<String> SPECIAL = List.of("localhost", "local", "internal", "test", "invalid",
            "example", "onion", "home.arpa", "arpa", "lan", "intranet", "corp", "home", "localdomain");

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
        if (allowLoopbackHttp && host.equals("127.0.0.1") && "http".equals(uri.getScheme())) {
            return Optional.empty();
        }
        if (!"https".equals(uri.getScheme())) {
            return Optional.of("must be an https address");
        }
        if (uri.getPort() != -1 && uri.getPort() != 443) {
            return Optional.of("must be a public push service on the https port");
        }
        return publicName(host.toLowerCase(Locale.ROOT)) ? Optional.empty()
                : Optional.of("must be a public push service");
    }

    /** A fully spelled public DNS name: no address literal, no trailing dot, no special-use name. */
    static boolean publicName(String host) {
        if (host.length() > 253 || host.endsWith(".") || host.startsWith("[")) {
            return false;
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2 || !TOP_LEVEL.matcher(labels[labels.length - 1]).matches()) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        for (String special : SPECIAL) {
            if (host.equals(special) || host.endsWith("." + special)) {
                return false;
            }
        }
        return true;
    }
}
