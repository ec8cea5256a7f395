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
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.reason.ResponseReason;
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
    /** Pain during a session from this up to just below STOP_PAIN means modify. */
    public static final int MODIFY_PAIN = 3;
    /**
     * A next morning up to this pain is fine whatever the usual (seed 003: 0–2 fine): the 24-hour
     * rule needs a morning at MODIFY_PAIN or more as well as B + 2.
     */
    public static final int FINE_MORNING = 2;

    private Responses() {
    }

    public static List<SessionResponse> classify(AsOf asOf) {
        List<SessionResponse> responses = new ArrayList<>();
        Set<LocalDate> morningsAfterRed = new HashSet<>();
        for (Session session : asOf.sessions()) {
            // A sitting or standing stretch is paced, not trained: it gets a response only when the
            // person checked in about it, and is never chased for a next-morning check-in.
            if (session.activity().isPosture() && asOf.checkInsOf(session).isEmpty()) {
                continue;
            }
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

        List<Reason> notes = new ArrayList<>();
        double p0;
        if (before.isPresent()) {
            p0 = before.getAsInt();
        } else if (baseline.isPresent()) {
            p0 = baseline.getAsDouble();
            notes.add(new ResponseReason.NoStartPainUsedUsual(p0));
        } else {
            p0 = 0;
            notes.add(new ResponseReason.NoStartPainAtAll());
        }
        // The 24-hour rule compares with the person's baseline; before there is one, with the
        // session's own starting pain.
        OptionalDouble reference = baseline.isPresent() ? baseline
                : before.isPresent() ? OptionalDouble.of(before.getAsInt()) : OptionalDouble.empty();

        List<Reason> red = new ArrayList<>();
        if (duringCheckIn.isPresent() && duringCheckIn.get().sharp()) {
            red.add(new ResponseReason.SharpPain());
        }
        if (during.isPresent() && during.getAsInt() >= STOP_PAIN && during.getAsInt() > p0) {
            red.add(new ResponseReason.PainRoseToStop(during.getAsInt(), p0, STOP_PAIN));
        }
        boolean ruleMet = false;
        if (morning.isPresent() && reference.isPresent() && morningRuleMet(morning.getAsInt(), reference.getAsDouble())) {
            ruleMet = true;
            red.add(new ResponseReason.MorningRuleMet(morning.getAsInt(), MEANINGFUL_CHANGE,
                    reference.getAsDouble()));
        }
        Set<Symptom> symptoms = asOf.checkInsOf(session).stream().flatMap(c -> c.symptoms().stream())
                .collect(Collectors.toSet());
        if (!symptoms.isEmpty()) {
            red.add(new ResponseReason.RedFlagWithSession(symptoms.stream().sorted().toList()));
        }
        if (!red.isEmpty()) {
            notes.addAll(0, red);
            return new SessionResponse(session, day, Response.RED, Optional.empty(), ruleMet, baseline, morning, notes);
        }

        List<Reason> amber = new ArrayList<>();
        if (during.isPresent() && during.getAsInt() >= MODIFY_PAIN && during.getAsInt() < STOP_PAIN && during.getAsInt() > p0) {
            amber.add(new ResponseReason.PainRoseToModify(during.getAsInt(), p0, MODIFY_PAIN, STOP_PAIN - 1));
        }
        if (during.isPresent() && during.getAsInt() >= STOP_PAIN && during.getAsInt() <= p0) {
            amber.add(new ResponseReason.PainHighEvenIfUsual(during.getAsInt(), STOP_PAIN));
        }
        if (after.isPresent() && after.getAsInt() >= p0 + MEANINGFUL_CHANGE) {
            amber.add(new ResponseReason.HourAfterUp(after.getAsInt(), MEANINGFUL_CHANGE, p0, morning.isPresent()));
        }
        if (morning.isEmpty()) {
            Response provisional = amber.isEmpty() ? Response.GREEN : Response.AMBER;
            boolean late = !asOf.end().isBefore(session.start().toInstant().plus(NEXT_MORNING_DEADLINE));
            notes.addAll(0, amber);
            if (late) {
                notes.add(0, new ResponseReason.NoMorningCheckIn(NEXT_MORNING_DEADLINE.toHours()));
                return new SessionResponse(session, day, Response.INCOMPLETE, Optional.of(provisional), false, baseline, morning, notes);
            }
            boolean anyCheckIn = before.isPresent() || during.isPresent() || after.isPresent();
            notes.add(0, !anyCheckIn ? new ResponseReason.AwaitingCheckIns()
                    : provisional == Response.GREEN ? new ResponseReason.AwaitingMorningNoTrouble()
                    : new ResponseReason.AwaitingMorningAtEdge());
            return new SessionResponse(session, day, Response.PENDING, Optional.of(provisional), false, baseline, morning, notes);
        }
        if (!amber.isEmpty()) {
            notes.addAll(0, amber);
            return new SessionResponse(session, day, Response.AMBER, Optional.empty(), false, baseline, morning, notes);
        }
        notes.add(0, new ResponseReason.WithinThreshold(morning.getAsInt(), reference));
        return new SessionResponse(session, day, Response.GREEN, Optional.empty(), false, baseline, morning, notes);
    }

    /**
     * The 24-hour rule (ENGINE.md section 3): a next morning 2 or more above the usual, and above
     * the 0–2 that is fine anyway, so a 2/10 morning after a usual 0 is not a red session.
     */
    public static boolean morningRuleMet(int morning, double usual) {
        return morning >= usual + MEANINGFUL_CHANGE && morning > FINE_MORNING;
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
}
