package org.plimsoll.web.push;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import org.plimsoll.store.reminder.PushRepository;
import org.plimsoll.store.reminder.PushSubscription;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers one encrypted message to one subscription (RFC 8030): 2xx is delivered; 404 and 410 mean
 * the subscription is gone, so it is forgotten; 429 and 5xx (or no answer) are tried again later;
 * anything else is refused for good.
 *
 * <p>The endpoint's name is resolved once per delivery, every address it resolves to is checked
 * against the special-purpose ranges ({@link SpecialAddresses}), and the connection goes to the
 * address that was checked: there is no second lookup a name server could answer differently
 * (DNS rebinding). That is why this is a small HTTP/1.1 client over a socket rather than the JDK's
 * HttpClient, which resolves on its own. TLS still verifies the certificate against the name.
 */
public final class PushSender {
    private static final Logger LOG = LoggerFactory.getLogger(PushSender.class);
    static final int ANSWER_TIMEOUT_MS = 20_000;

    /** What became of one delivery. */
    public enum Outcome { DELIVERED, GONE, TRY_LATER, REFUSED }

    private final Vapid vapid;
    private final PushRepository subscriptions;
    private final Clock clock;
    private final PushEndpoints endpoints;
    private final Resolver resolver;
    private final Dialer dialer;

    public PushSender(Vapid vapid, PushRepository subscriptions, Clock clock, PushEndpoints endpoints) {
        this(vapid, subscriptions, clock, endpoints, Resolver.SYSTEM, Dialer.DIRECT);
    }

    public PushSender(Vapid vapid, PushRepository subscriptions, Clock clock, PushEndpoints endpoints,
                      Resolver resolver, Dialer dialer) {
        this.vapid = vapid;
        this.subscriptions = subscriptions;
        this.clock = clock;
        this.endpoints = endpoints;
        this.resolver = resolver;
        this.dialer = dialer;
    }

    public Vapid vapid() {
        return vapid;
    }

    /** Sends {@code payload} (JSON) to one device, to be kept by the push service for at most {@code ttl}. */
    public Outcome send(PushSubscription to, byte[] payload, Duration ttl) {
        URI endpoint;
        byte[] body;
        try {
            endpoint = new URI(to.endpoint());
            if (endpoints.problem(to.endpoint()).isPresent()) {
                throw new IllegalArgumentException("the endpoint is not a public push service");
            }
            body = WebPushCrypto.encrypt(payload, WebPushCrypto.fromBase64Url(to.p256dh()),
                    WebPushCrypto.fromBase64Url(to.auth()));
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            // Stored before the checks at subscription were what they are now: it can never be sent to.
            LOG.warn("push device {} forgotten: {}", to.id(), e.getMessage());
            subscriptions.forget(to.endpoint());
            return Outcome.GONE;
        }
        boolean tls = "https".equals(endpoint.getScheme());
        int port = endpoint.getPort() != -1 ? endpoint.getPort() : tls ? 443 : 80;
        Optional<InetAddress> checked;
        try {
            checked = checkedAddress(endpoint.getHost(), tls);
        } catch (IOException e) {
            return Outcome.TRY_LATER;
        }
        if (checked.isEmpty()) {
            return Outcome.REFUSED;
        }
        String path = endpoint.getRawPath().isEmpty() ? "/" : endpoint.getRawPath();
        String request = "POST " + path + (endpoint.getRawQuery() == null ? "" : "?" + endpoint.getRawQuery())
                + " HTTP/1.1\r\n"
                + "Host: " + endpoint.getRawAuthority() + "\r\n"
                + "Content-Encoding: aes128gcm\r\n"
                + "Content-Type: application/octet-stream\r\n"
                + "TTL: " + Math.max(0, Math.min(ttl.toSeconds(), 86_400)) + "\r\n"
                + "Urgency: normal\r\n"
                + "Authorization: " + vapid.authorization(endpoint, clock.instant()) + "\r\n"
                + "Content-Length: " + body.length + "\r\n"
                + "Connection: close\r\n\r\n";
        int status;
        try (Socket socket = open(checked.get(), port, endpoint.getHost(), tls)) {
            socket.setSoTimeout(ANSWER_TIMEOUT_MS);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            status = status(new BufferedInputStream(socket.getInputStream()));
        } catch (IOException e) {
            return Outcome.TRY_LATER;
        }
        if (status >= 200 && status < 300) {
            return Outcome.DELIVERED;
        }
        if (status == 404 || status == 410) {
            subscriptions.forget(to.endpoint());
            return Outcome.GONE;
        }
        return status == 429 || status >= 500 ? Outcome.TRY_LATER : Outcome.REFUSED;
    }

    /**
     * The one address to connect to, after every address the name resolves to was found public;
     * empty when any of them is special (a name that also leads inward is not trusted at all).
     */
    private Optional<InetAddress> checkedAddress(String host, boolean tls) throws IOException {
        List<InetAddress> addresses = resolver.resolve(host);
        if (addresses.isEmpty()) {
            throw new java.net.UnknownHostException(host);
        }
        for (InetAddress address : addresses) {
            boolean testLoopback = endpoints.allowLoopbackHttp() && !tls && address.isLoopbackAddress();
            Optional<String> block = SpecialAddresses.blockOf(address);
            if (block.isPresent() && !testLoopback) {
                LOG.warn("push endpoint {} refused: it resolves to a {} address", host, block.get());
                return Optional.empty();
            }
        }
        return Optional.of(addresses.get(0));
    }

    private Socket open(InetAddress address, int port, String host, boolean tls) throws IOException {
        Socket raw = dialer.connect(new InetSocketAddress(address, port));
        if (!tls) {
            return raw;
        }
        try {
            SSLSocket socket = (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault())
                    .createSocket(raw, host, port, true);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            parameters.setServerNames(List.of(new SNIHostName(host)));
            socket.setSSLParameters(parameters);
            socket.setSoTimeout(ANSWER_TIMEOUT_MS);
            socket.startHandshake();
            return socket;
        } catch (IOException | IllegalArgumentException e) {
            raw.close();
            throw e instanceof IOException io ? io : new IOException(e);
        }
    }

    /** The status code of an HTTP/1.x answer's first line; the rest is not read. */
    private static int status(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1 || line.size() > 200) {
                throw new IOException("no HTTP answer");
            }
            line.write(b);
        }
        String[] parts = line.toString(StandardCharsets.US_ASCII).trim().split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.") || !parts[1].matches("\\d{3}")) {
            throw new IOException("no HTTP answer");
        }
        return Integer.parseInt(parts[1]);
    }
}
