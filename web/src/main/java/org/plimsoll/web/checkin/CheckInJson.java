package org.plimsoll.web.checkin;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.profile.Region;
import org.plimsoll.engine.session.Session;
import org.plimsoll.formats.json.JsonFields;
import org.plimsoll.engine.unit.Minutes;

/** The JSON form of a check-in, in and out. */
public final class CheckInJson {
    private static final String WINDOWS = "BEFORE, DURING, AFTER_1H, NEXT_MORNING, DAILY";
    private static final String SYMPTOMS = String.join(", ",
            Arrays.stream(Symptom.values()).map(Symptom::name).toArray(String[]::new));

    private CheckInJson() {
    }

    /** What a person sends; {@code window} may be preset by the route. */
    public record Input(CheckInWindow window, Optional<LocalDate> date, int pain, boolean sharp,
                        Optional<Region> region, Optional<Minutes> stiffnessMinutes, Set<Symptom> symptoms,
                        boolean clearedByClinician, Optional<String> sessionId) {

        /** The check-in to store; without a date it gets its window's default (CheckInWindow.dateFor). */
        public CheckIn toCheckIn(Optional<Session> session, LocalDate today) {
            return new CheckIn("new", session.map(Session::id), window, window.dateFor(date, session, today),
                    Optional.empty(), new Pain(pain), sharp, region, stiffnessMinutes, symptoms, clearedByClinician);
        }
    }

    /** Reads a check-in body; problems are collected in {@code body}. */
    public static Optional<Input> read(JsonFields body, boolean sessionInPath) {
        if (sessionInPath) {
            body.allowOnly("window", "date", "pain", "sharp", "region", "stiffnessMinutes", "symptoms",
                    "clearedByClinician");
        } else {
            body.allowOnly("window", "date", "pain", "sharp", "region", "stiffnessMinutes", "symptoms",
                    "clearedByClinician", "sessionId");
        }
        Optional<CheckInWindow> window = sessionInPath
                ? body.requiredCode("window", CheckInJson::window, WINDOWS)
                : Optional.of(body.code("window", CheckInJson::window, WINDOWS).orElse(CheckInWindow.DAILY));
        Optional<String> sessionId = sessionInPath ? Optional.empty() : body.text("sessionId");
        window.ifPresent(w -> {
            if (sessionInPath && w == CheckInWindow.DAILY) {
                body.problem("window", "a DAILY check-in belongs to no session; send it to /api/v1/checkins");
            }
            if (!sessionInPath && w.belongsToSession() && sessionId.isEmpty()) {
                body.problem("sessionId", "is required for a " + w + " check-in");
            }
            if (!sessionInPath && !w.belongsToSession() && sessionId.isPresent()) {
                body.problem("sessionId", "a DAILY check-in belongs to no session");
            }
        });
        Optional<LocalDate> date = body.date("date");
        OptionalInt pain = body.requiredInteger("pain", 0, 10);
        boolean sharp = body.flag("sharp");
        Optional<Region> region = body.code("region", CheckInJson::region, "LOW, MID, UPPER");
        Optional<Minutes> stiffness = body.minutes("stiffnessMinutes", 0, 24 * 60);
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        for (JsonFields e : body.elements("symptoms")) {
            e.asText().ifPresent(text -> {
                Optional<Symptom> symptom = Symptom.fromCode(text);
                if (symptom.isEmpty()) {
                    e.problemHere("unknown symptom code '" + text + "'; allowed: " + SYMPTOMS);
                }
                symptom.ifPresent(symptoms::add);
            });
        }
        boolean cleared = body.flag("clearedByClinician");
        if (body.hasProblems() || window.isEmpty() || pain.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Input(window.get(), date, pain.getAsInt(), sharp, region, stiffness, symptoms, cleared,
                sessionId));
    }

    private static Optional<CheckInWindow> window(String code) {
        return Arrays.stream(CheckInWindow.values()).filter(w -> w.name().equals(code)).findFirst();
    }

    private static Optional<Region> region(String code) {
        return Arrays.stream(Region.values()).filter(r -> r.name().equals(code)).findFirst();
    }

    /** What we answer with. */
    public record View(String id, String sessionId, String window, String date, String recordedAt, int pain,
                       boolean sharp, String region, Integer stiffnessMinutes, List<String> symptoms,
                       boolean clearedByClinician) {
    }

    public static View view(CheckIn c) {
        return new View(c.id(), c.sessionId().orElse(null), c.window().name(),
                c.date().map(LocalDate::toString).orElse(null), c.recordedAt().map(Object::toString).orElse(null),
                c.pain().value(), c.sharp(), c.region().map(Region::name).orElse(null),
                c.stiffnessMinutes().isPresent() ? c.stiffnessMinutes().get().value() : null,
                c.symptoms().stream().sorted().map(Symptom::name).toList(), c.clearedByClinician());
    }
}
