package org.plimsoll.web.reminder;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;
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
public record Outbound(Optional<Mailer> mail, Supplier<Vapid> keys, PushEndpoints endpoints, String publicUrl) {
    /**
     * The VAPID key pair is made once, by whichever instance needs it first, and kept in the database so
     * that every instance signs with it (a browser's subscription is bound to that one public key). It
     * is read (or made) on first use, not here: a server's start-up does not wait for the query and the
     * elliptic-curve classes, and a server that never pushes never needs them.
     */
    public static Outbound of(Database database, Clock clock, Optional<Mailer> mail, String publicUrl,
                              PushEndpoints endpoints) {
        // RFC 8292's contact: the operator's mail address when there is one, else the server's address.
        String subject = mail.map(m -> "mailto:" + m.settings().from()).orElse(publicUrl);
        return new Outbound(mail, new Once<>(() -> stored(database, clock, subject)), endpoints,
                publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl);
    }

    /** The server's VAPID key pair, read or made on the first call. */
    public Vapid vapid() {
        return keys.get();
    }

    private static Vapid stored(Database database, Clock clock, String subject) {
        PushRepository.VapidKeys stored = new PushRepository(database).vapidKeys(() -> {
            java.security.KeyPair fresh = WebPushCrypto.newKeyPair();
            return new PushRepository.VapidKeys(
                    WebPushCrypto.base64Url(WebPushCrypto.raw((java.security.interfaces.ECPublicKey) fresh.getPublic())),
                    WebPushCrypto.base64Url(WebPushCrypto.raw((java.security.interfaces.ECPrivateKey) fresh.getPrivate())));
        }, clock.instant());
        return new Vapid(WebPushCrypto.keyPair(WebPushCrypto.fromBase64Url(stored.privateKey()),
                WebPushCrypto.fromBase64Url(stored.publicKey())), subject);
    }

    /** A value made by the first caller; a failed attempt (the database away) is tried again next time. */
    private static final class Once<T> implements Supplier<T> {
        private final Supplier<T> make;
        private volatile T value;

        Once(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = make.get();
                        value = v;
                    }
                }
            }
            return v;
        }
    }
}
