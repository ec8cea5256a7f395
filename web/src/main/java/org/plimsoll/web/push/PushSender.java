package org.plimsoll.web.push;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.plimsoll.store.reminder.PushRepository;
import org.plimsoll.store.reminder.PushSubscription;

/**
 * Delivers one encrypted message to one subscription (RFC 8030): 201 is delivered; 404 and 410 mean
 * the subscription is gone, so it is forgotten; 429 and 5xx (or no answer) are tried again later;
 * anything else is refused for good.
 */
public final class PushSender {
    /** What became of one delivery. */
    public enum Outcome { DELIVERED, GONE, TRY_LATER, REFUSED }

    private final Vapid vapid;
    private final PushRepository subscriptions;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public PushSender(Vapid vapid, PushRepository subscriptions, Clock clock) {
        this.vapid = vapid;
        this.subscriptions = subscriptions;
        this.clock = clock;
    }

    public Vapid vapid() {
        return vapid;
    }

    /** Sends {@code payload} (JSON) to one device, to be kept by the push service for at most {@code ttl}. */
    public Outcome send(PushSubscription to, byte[] payload, Duration ttl) {
        URI endpoint = URI.create(to.endpoint());
        byte[] body = WebPushCrypto.encrypt(payload, WebPushCrypto.fromBase64Url(to.p256dh()),
                WebPushCrypto.fromBase64Url(to.auth()));
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(Duration.ofSeconds(20))
                .header("Content-Encoding", "aes128gcm").header("Content-Type", "application/octet-stream")
                .header("TTL", String.valueOf(Math.max(0, Math.min(ttl.toSeconds(), 86_400))))
                .header("Urgency", "normal")
                .header("Authorization", vapid.authorization(endpoint, clock.instant()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return Outcome.TRY_LATER;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
}
