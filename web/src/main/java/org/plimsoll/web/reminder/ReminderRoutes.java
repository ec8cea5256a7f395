package org.plimsoll.web.reminder;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.reminder.PushRepository;
import org.plimsoll.store.reminder.PushSubscription;
import org.plimsoll.store.reminder.ReminderChoices;
import org.plimsoll.store.reminder.ReminderRepository;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.form.FormBody;
import org.plimsoll.web.json.JsonBodies;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.PathId;
import org.plimsoll.web.problem.Problem;
import org.plimsoll.web.push.WebPushCrypto;

/**
 * A person's reminders: by e-mail (when the server sends mail) or on their devices (Web Push), and
 * quiet hours; the devices that show them, each removable. The same on the settings page and under
 * {@code /api/v1/reminders} and {@code /api/v1/push/subscriptions}.
 */
public final class ReminderRoutes {
    /** A person's devices are few; this many is someone or something misbehaving. */
    static final int MAX_DEVICES = 20;

    /** What the settings page shows of reminders. */
    public record View(ReminderChoices choices, boolean emailAvailable, String email, String pushKey,
                       List<PushSubscription> devices) {
    }

    private final Wiring web;
    private final Outbound outbound;
    private final ReminderRepository reminders;
    private final PushRepository push;

    public ReminderRoutes(Wiring web, Outbound outbound) {
        this.web = web;
        this.outbound = outbound;
        this.reminders = new ReminderRepository(web.database());
        this.push = new PushRepository(web.database());
    }

    public View view(Account account) {
        return new View(reminders.choices(account.id()), outbound.mail().isPresent(), account.email(),
                outbound.vapid().publicKey(), push.subscriptions(account.id()));
    }

    public void register(RoutesConfig routes) {
        routes.post("/settings/reminders", this::saveForm, Access.SIGNED_IN);
        routes.post("/settings/reminders/devices/{id}/remove", this::removeForm, Access.SIGNED_IN);
        routes.get("/api/v1/reminders", ctx -> ctx.json(json(view(Guard.account(ctx)))), Access.SIGNED_IN);
        routes.put("/api/v1/reminders", this::saveApi, Access.SIGNED_IN);
        routes.get("/api/v1/push/subscriptions", ctx -> ctx.json(new Devices(
                push.subscriptions(Guard.account(ctx).id()).stream().map(Device::of).toList())), Access.SIGNED_IN);
        routes.post("/api/v1/push/subscriptions", this::subscribe, Access.SIGNED_IN);
        routes.delete("/api/v1/push/subscriptions/{id}", ctx -> {
            Account account = Guard.account(ctx);
            if (!push.remove(account.id(), PathId.of(ctx, "device"))) {
                throw Problem.notFound("device " + ctx.pathParam("id"));
            }
            ctx.status(204);
        }, Access.SIGNED_IN);
    }

    /** The reminders' JSON answer ({@code Reminders} in the OpenAPI document). */
    record RemindersJson(boolean byEmail, boolean byPush, String quietFrom, String quietUntil, boolean emailAvailable,
                String pushKey, List<Device> devices) {
    }

    /** {@code PushDevices}. */
    record Devices(List<Device> devices) {
    }

    /** A device as the person sees it: its name and since when; the endpoint and keys stay on the server. */
    record Device(String id, String label, String createdAt) {
        static Device of(PushSubscription s) {
            return new Device(String.valueOf(s.id()), s.label(), s.createdAt().toString());
        }
    }

    private static RemindersJson json(View v) {
        return new RemindersJson(v.choices().byEmail(), v.choices().byPush(), v.choices().quietFrom().toString(),
                v.choices().quietUntil().toString(), v.emailAvailable(), v.pushKey(),
                v.devices().stream().map(Device::of).toList());
    }

    /** {@code at}: how fields are named in problems, "" on the page and "/" (a JSON pointer) in the API. */
    private ReminderChoices read(Optional<Boolean> byEmail, Optional<Boolean> byPush, Optional<String> from,
                                 Optional<String> until, ReminderChoices before, String at, List<FieldError> problems) {
        boolean email = byEmail.orElse(before.byEmail());
        // Only a request that asks for e-mail is refused for it: a choice made while the server still sent mail stays.
        if (byEmail.orElse(false) && outbound.mail().isEmpty()) {
            problems.add(new FieldError(at + "byEmail", "this server does not send e-mail; choose reminders on a device"));
        }
        return new ReminderChoices(email, byPush.orElse(before.byPush()), time(from, before.quietFrom(),
                at + "quietFrom", problems), time(until, before.quietUntil(), at + "quietUntil", problems));
    }

    private static LocalTime time(Optional<String> text, LocalTime before, String field, List<FieldError> problems) {
        if (text.isEmpty() || text.get().isBlank()) {
            return before;
        }
        try {
            return LocalTime.parse(text.get().trim()).withSecond(0).withNano(0);
        } catch (DateTimeParseException e) {
            problems.add(new FieldError(field, "must be a time like 22:00"));
            return before;
        }
    }

    private void saveForm(Context ctx) {
        Guard.with(ctx, account -> {
            FormBody form = new FormBody(ctx);
            List<FieldError> problems = new ArrayList<>();
            ReminderChoices before = reminders.choices(account.id());
            ReminderChoices choices = read(Optional.of(form.text("byEmail").isPresent()),
                    Optional.of(form.text("byPush").isPresent()), form.text("quietFrom"), form.text("quietUntil"),
                    before, "", problems);
            if (!problems.isEmpty()) {
                throw Problem.invalid(problems);
            }
            reminders.saveChoices(account.id(), choices);
            ctx.redirect("/settings?reminders=saved", HttpStatus.SEE_OTHER);
        });
    }

    private void removeForm(Context ctx) {
        Guard.with(ctx, account -> {
            if (!push.remove(account.id(), PathId.of(ctx, "device"))) {
                throw Problem.notFound("device " + ctx.pathParam("id"));
            }
            ctx.redirect("/settings?reminders=removed", HttpStatus.SEE_OTHER);
        });
    }

    private void saveApi(Context ctx) {
        Account account = Guard.account(ctx);
        JsonNode body = JsonBodies.read(ctx, web.json());
        if (!body.isObject()) {
            throw Problem.invalid("/", "the body must be a JSON object");
        }
        List<FieldError> problems = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!List.of("byEmail", "byPush", "quietFrom", "quietUntil").contains(name)) {
                problems.add(new FieldError("/" + name, "is not a reminder setting"));
            }
        });
        ReminderChoices choices = read(bool(body, "byEmail", problems), bool(body, "byPush", problems),
                text(body, "quietFrom", problems), text(body, "quietUntil", problems), reminders.choices(account.id()),
                "/", problems);
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        reminders.saveChoices(account.id(), choices);
        ctx.json(json(view(account)));
    }

    private static Optional<Boolean> bool(JsonNode body, String field, List<FieldError> problems) {
        JsonNode v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isBoolean()) {
            problems.add(new FieldError("/" + field, "must be true or false"));
            return Optional.empty();
        }
        return Optional.of(v.booleanValue());
    }

    private static Optional<String> text(JsonNode body, String field, List<FieldError> problems) {
        JsonNode v = body.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (!v.isTextual()) {
            problems.add(new FieldError("/" + field, "must be a time like 22:00"));
            return Optional.empty();
        }
        return Optional.of(v.textValue());
    }

    /** A browser's subscription, after the person tapped to turn reminders on: stored, and push turned on. */
    private void subscribe(Context ctx) {
        Account account = Guard.account(ctx);
        JsonNode body = JsonBodies.read(ctx, web.json());
        List<FieldError> problems = new ArrayList<>();
        if (!body.isObject() || !body.path("keys").isObject()) {
            throw Problem.invalid(body.isObject() ? "/keys" : "/", "must be a JSON object, as the browser gives it");
        }
        // What the document promises: these fields only, each of its type ("7" is not a number, 7 not a text).
        body.fieldNames().forEachRemaining(name -> {
            if (!List.of("endpoint", "expirationTime", "keys", "label").contains(name)) {
                problems.add(new FieldError("/" + name, "is not part of a push subscription"));
            }
        });
        body.path("keys").fieldNames().forEachRemaining(name -> {
            if (!List.of("p256dh", "auth").contains(name)) {
                problems.add(new FieldError("/keys/" + name, "is not one of a push subscription's keys"));
            }
        });
        for (String text : List.of("/endpoint", "/keys/p256dh", "/keys/auth", "/label")) {
            JsonNode v = body.at(text);
            if (!v.isMissingNode() && !v.isTextual()) {
                problems.add(new FieldError(text, "must be text"));
            }
        }
        if (body.has("expirationTime") && !body.get("expirationTime").isNumber() && !body.get("expirationTime").isNull()) {
            problems.add(new FieldError("/expirationTime", "must be a number of milliseconds, or null"));
        }
        String endpoint = body.path("endpoint").asText("");
        outbound.endpoints().problem(endpoint).ifPresent(why -> problems.add(new FieldError("/endpoint", why)));
        String p256dh = body.path("keys").path("p256dh").asText("");
        String auth = body.path("keys").path("auth").asText("");
        try {
            WebPushCrypto.publicKey(WebPushCrypto.fromBase64Url(p256dh));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldError("/keys/p256dh", "must be the browser's P-256 key, base64url"));
        }
        try {
            if (WebPushCrypto.fromBase64Url(auth).length != 16) {
                problems.add(new FieldError("/keys/auth", "must be the browser's 16-byte secret, base64url"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(new FieldError("/keys/auth", "must be the browser's 16-byte secret, base64url"));
        }
        String label = body.path("label").asText("This device").strip();
        if (label.isEmpty() || label.length() > 120) {
            problems.add(new FieldError("/label", "must be 1 to 120 characters"));
        } else {
            org.plimsoll.web.form.PlainText.problem(label, 120).ifPresent(why -> problems.add(new FieldError("/label", why)));
        }
        if (!problems.isEmpty()) {
            throw Problem.invalid(problems);
        }
        if (push.subscriptions(account.id()).size() >= MAX_DEVICES) {
            throw Problem.conflict("at most " + MAX_DEVICES + " devices show reminders; remove one in Settings first");
        }
        PushSubscription stored = push.subscribe(account.id(), endpoint, p256dh, auth, label, web.clock().instant());
        ReminderChoices before = reminders.choices(account.id());
        reminders.saveChoices(account.id(), new ReminderChoices(before.byEmail(), true, before.quietFrom(),
                before.quietUntil()));
        ctx.status(201).json(Device.of(stored));
    }
}
