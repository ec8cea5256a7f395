package org.plimsoll.engine.response;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.session.Session;

/**
 * Classifies every session (ENGINE.md section 3), oldest first, because the baseline that judges a
 * session leaves out the mornings after earlier red ones.
 */
public final class Responses {
    /** The smallest change in pain that matters on the 0–10 scale (Farrar 2001; Childs 2005). */
    public static final int MEANINGFUL_CHANGE = 2;
    public static final Duration NEXT_MORNING_DEADLINE = Duration.ofHours(36);
    /** Pain during a session at or above this means stop (seed 003: 0–2 fine, 3–4 modify, 5+ stop). */
    public static final int STOP_PAIN = 5;

    private Responses() {
    }

    public static List<SessionResponse> classify(AsOf asOf) {
        List<SessionResponse> responses = new ArrayList<>();
        Set<LocalDate> morningsAfterRed = new HashSet<>();
        for (Session session : asOf.sessions()) {
            SessionResponse r = classify(asOf, session, morningsAfterRed);
            responses.add(r);
            if (r.response() == Response.RED) {
                morningsAfterRed.add(r.date().plusDays(1));
            }
        }
        return responses;
    }

    static SessionResponse classify(AsOf asOf, Session session, Set<LocalDate> morningsAfterRed) {
        LocalDate day = asOf.localDate(session);
        OptionalDouble baseline = MorningBaseline.on(asOf, day, morningsAfterRed);
        OptionalInt before = pain(asOf.checkIn(session, CheckInWindow.BEFORE));
        Optional<CheckIn> duringCheckIn = asOf.checkIn(session, CheckInWindow.DURING);
        OptionalInt during = pain(duringCheckIn);
        OptionalInt after = pain(asOf.checkIn(session, CheckInWindow.AFTER_1H));
        OptionalInt morning = nextMorning(asOf, session, day);

        List<String> notes = new ArrayList<>();
        double p0;
        if (before.isPresent()) {
            p0 = before.getAsInt();
        } else if (baseline.isPresent()) {
            p0 = baseline.getAsDouble();
            notes.add("No pain before the session was entered, so your usual morning pain (" + fmt(p0)
                    + ") is the starting point.");
        } else {
            p0 = 0;
            notes.add("No starting pain and no morning pain yet, so the starting point is taken as 0.");
        }
        // The 24-hour rule compares with the person's baseline; before there is one, with the
        // session's own starting pain.
        OptionalDouble reference = baseline.isPresent() ? baseline
                : before.isPresent() ? OptionalDouble.of(before.getAsInt()) : OptionalDouble.empty();

        List<String> red = new ArrayList<>();
        if (duringCheckIn.isPresent() && duringCheckIn.get().sharp()) {
            red.add("Sharp pain during the session.");
        }
        if (during.isPresent() && during.getAsInt() >= STOP_PAIN && during.getAsInt() > p0) {
            red.add("Pain reached " + during.getAsInt() + "/10 during the session, up from " + fmt(p0)
                    + " (5 or more and rising means stop).");
        }
        boolean ruleMet = false;
        if (morning.isPresent() && reference.isPresent()
                && morning.getAsInt() >= reference.getAsDouble() + MEANINGFUL_CHANGE) {
            ruleMet = true;
            red.add("Next morning " + morning.getAsInt() + "/10, " + MEANINGFUL_CHANGE + " or more above your usual "
                    + fmt(reference.getAsDouble()) + " (the 24-hour rule).");
        }
        Set<Symptom> symptoms = asOf.checkInsOf(session).stream().flatMap(c -> c.symptoms().stream())
                .collect(Collectors.toSet());
        if (!symptoms.isEmpty()) {
            red.add("A red-flag symptom was reported with this session: " + symptoms.stream().sorted()
                    .map(Symptom::meaning).collect(Collectors.joining("; ")) + ".");
        }
        if (!red.isEmpty()) {
            notes.addAll(0, red);
            return new SessionResponse(session, day, Response.RED, Optional.empty(), ruleMet, baseline, morning, notes);
        }

        List<String> amber = new ArrayList<>();
        if (during.isPresent() && during.getAsInt() >= 3 && during.getAsInt() <= 4 && during.getAsInt() > p0) {
            amber.add("Pain rose to " + during.getAsInt() + "/10 during the session, from " + fmt(p0)
                    + " (3–4 means modify).");
        }
        if (during.isPresent() && during.getAsInt() >= STOP_PAIN && during.getAsInt() <= p0) {
            amber.add("Pain was " + during.getAsInt() + "/10 during the session: even when that is your usual pain, "
                    + "at " + STOP_PAIN + " or more the advice is to stop that movement.");
        }
        if (after.isPresent() && after.getAsInt() >= p0 + MEANINGFUL_CHANGE) {
            amber.add("An hour after, pain was " + after.getAsInt() + "/10, " + MEANINGFUL_CHANGE
                    + " or more above the start (" + fmt(p0) + ")"
                    + (morning.isPresent() ? ", but it settled by the next morning." : "."));
        }
        if (morning.isEmpty()) {
            Response provisional = amber.isEmpty() ? Response.GREEN : Response.AMBER;
            boolean late = !asOf.end().isBefore(session.start().toInstant().plus(NEXT_MORNING_DEADLINE));
            notes.addAll(0, amber);
            if (late) {
                notes.add(0, "No next-morning check-in within 36 hours, so this session is left out of level "
                        + "decisions. Add it if you remember how you felt.");
                return new SessionResponse(session, day, Response.INCOMPLETE, Optional.of(provisional), false, baseline, morning, notes);
            }
            boolean anyCheckIn = before.isPresent() || during.isPresent() || after.isPresent();
            notes.add(0, !anyCheckIn ? "Waiting for your check-ins: how it felt during, an hour after and the next morning."
                    : provisional == Response.GREEN ? "Waiting for the next-morning check-in; so far no sign of trouble."
                    : "Waiting for the next-morning check-in; so far it looks like the edge of what your back takes.");
            return new SessionResponse(session, day, Response.PENDING, Optional.of(provisional), false, baseline, morning, notes);
        }
        if (!amber.isEmpty()) {
            notes.addAll(0, amber);
            return new SessionResponse(session, day, Response.AMBER, Optional.empty(), false, baseline, morning, notes);
        }
        notes.add(0, "Within your threshold: pain stayed mild and the next morning was "
                + morning.getAsInt() + "/10" + (reference.isPresent() ? " (usual " + fmt(reference.getAsDouble()) + ")"
                : "") + ".");
        return new SessionResponse(session, day, Response.GREEN, Optional.empty(), false, baseline, morning, notes);
    }

    /**
     * The pain of the first morning after the session, in the person's zone (ENGINE.md section 3):
     * its NEXT_MORNING check-in when that is dated that morning; otherwise any morning pain recorded
     * for that morning stands in (a DAILY check-in, or the next-morning check-in of another session
     * that day), the last one entered. A NEXT_MORNING dated days later does not answer the 24-hour rule.
     */
    static OptionalInt nextMorning(AsOf asOf, Session session, LocalDate day) {
        LocalDate morning = day.plusDays(1);
        Optional<CheckIn> own = asOf.checkIn(session, CheckInWindow.NEXT_MORNING)
                .filter(c -> asOf.morningOf(c).equals(morning));
        if (own.isPresent()) {
            return OptionalInt.of(own.get().pain().value());
        }
        int[] pains = asOf.morningPains(morning.toEpochDay());
        return pains.length == 0 ? OptionalInt.empty() : OptionalInt.of(pains[pains.length - 1]);
    }

    private static OptionalInt pain(Optional<CheckIn> c) {
        return c.isPresent() ? OptionalInt.of(c.get().pain().value()) : OptionalInt.empty();
    }

    public static String fmt(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(Math.round(value * 10) / 10.0);
    }
}
