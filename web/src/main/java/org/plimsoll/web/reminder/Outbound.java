package org.plimsoll.web.reminder;

import java.time.Clock;
import java.util.Optional;
import org.plimsoll.store.Database;
import org.plimsoll.store.reminder.PushRepository;
import org.plimsoll.web.mail.Mailer;
import org.plimsoll.web.push.PushEndpoints;
import org.plimsoll.web.push.Vapid;
import org.plimsoll.web.push.WebPushCrypto;

/**
 * What reaches people outside a page: e-mail when configured, Web Push with the server's VAPID key,
 * and the address people open, which every link sent to them starts with. It is configured, never
 * taken from a request's Host header: a stranger could otherwise ask for a reset link that points to
 * their own site.
 */
public record Outbound(Optional<Mailer> mail, Vapid vapid, PushEndpoints endpoints, String publicUrl) {
    /**
     * The VAPID key pair is made once, by whichever instance starts first, and kept in the database so
     * that every instance signs with it (a browser's subscription is bound to that one public key).
     */
    public static Outbound of(Database database, Clock clock, Optional<Mailer> mail, String publicUrl,
                              PushEndpoints endpoints) {
        PushRepository.VapidKeys stored = new PushRepository(database).vapidKeys(() -> {
            java.security.KeyPair fresh = WebPushCrypto.newKeyPair();
            return new PushRepository.VapidKeys(
                    WebPushCrypto.base64Url(WebPushCrypto.raw((java.security.interfaces.ECPublicKey) fresh.getPublic())),
                    WebPushCrypto.base64Url(WebPushCrypto.raw((java.security.interfaces.ECPrivateKey) fresh.getPrivate())));
        }, clock.instant());
        // RFC 8292's contact: the operator's mail address when there is one, else the server's address.
        String subject = mail.map(m -> "mailto:" + m.settings().from()).orElse(publicUrl);
        return new Outbound(mail, new Vapid(WebPushCrypto.keyPair(WebPushCrypto.fromBase64Url(stored.privateKey()),
                WebPushCrypto.fromBase64Url(stored.publicKey())), subject), endpoints,
                publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl);
    }
}
