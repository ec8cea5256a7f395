package org.plimsoll.engine.response;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.reason.ResponseReason;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.unit.MeanPain;
import org.plimsoll.engine.unit.Pain;

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

    /**
     * One session's response: the rows of ENGINE.md section 3's table in its order, the first that
     * matches wins.
     */
    static SessionResponse classify(AsOf asOf, Session session, Set<LocalDate> morningsAfterRed) {
        Readings r = Readings.of(asOf, session, morningsAfterRed);
        return tippedOver(asOf, session, r)
                .or(() -> atTheEdge(r))
                .or(() -> withinThreshold(r))
                .or(() -> pending(asOf, r))
                .orElseGet(() -> incomplete(r));
    }

    /**
     * What one session's check-ins said, and the starting pain {@code p0} and 24-hour reference the
     * rows judge them by; {@code notes} says where p0 came from when there was no BEFORE.
     */
    private record Readings(Session session, LocalDate day, Optional<MeanPain> baseline, Optional<Pain> before,
                            Optional<CheckIn> duringCheckIn, Optional<Pain> during, Optional<Pain> after,
                            Optional<Pain> morning, double p0, Optional<MeanPain> reference, List<Reason> notes) {
        static Readings of(AsOf asOf, Session session, Set<LocalDate> morningsAfterRed) {
            LocalDate day = asOf.localDate(session);
            Optional<MeanPain> baseline = MorningBaseline.forSession(asOf, day, morningsAfterRed);
            Optional<Pain> before = pain(asOf.checkIn(session, CheckInWindow.BEFORE));
            Optional<CheckIn> duringCheckIn = asOf.checkIn(session, CheckInWindow.DURING);
            List<Reason> notes = new ArrayList<>();
            double p0;
            if (before.isPresent()) {
                p0 = before.get().value();
            } else if (baseline.isPresent()) {
                p0 = baseline.get().value();
                notes.add(new ResponseReason.NoStartPainUsedUsual(p0));
            } else {
                p0 = 0;
                notes.add(new ResponseReason.NoStartPainAtAll());
            }
            // The 24-hour rule compares with the person's baseline; before there is one, with the
            // session's own starting pain.
            Optional<MeanPain> reference = baseline.or(() -> before.map(p -> MeanPain.of(p.value())));
            return new Readings(session, day, baseline, before, duringCheckIn, pain(duringCheckIn),
                    pain(asOf.checkIn(session, CheckInWindow.AFTER_1H)), nextMorning(asOf, session, day), p0, reference,
                    notes);
        }

        SessionResponse respond(Response response, Optional<Response> provisional, boolean ruleMet, List<Reason> first) {
            List<Reason> all = new ArrayList<>(first.size() + notes.size());
            all.addAll(first);
            all.addAll(notes);
            return new SessionResponse(session, day, response, provisional, ruleMet, baseline, morning, all);
        }

        boolean anyCheckIn() {
            return before.isPresent() || during.isPresent() || after.isPresent();
        }
    }

    /**
     * RED, tipped over: sharp pain during; DURING at STOP_PAIN or more and above p0; the 24-hour
     * rule; or a red-flag symptom with any of the session's check-ins.
     */
    private static Optional<SessionResponse> tippedOver(AsOf asOf, Session session, Readings r) {
        List<Reason> red = new ArrayList<>();
        if (r.duringCheckIn().isPresent() && r.duringCheckIn().get().sharp()) {
            red.add(new ResponseReason.SharpPain());
        }
        if (r.during().isPresent() && r.during().get().value() >= STOP_PAIN && r.during().get().value() > r.p0()) {
            red.add(new ResponseReason.PainRoseToStop(r.during().get().value(), r.p0(), STOP_PAIN));
        }
        boolean ruleMet = r.morning().isPresent() && r.reference().isPresent()
                && morningRuleMet(r.morning().get().value(), r.reference().get().value());
        if (ruleMet) {
            red.add(new ResponseReason.MorningRuleMet(r.morning().get().value(), MEANINGFUL_CHANGE,
                    r.reference().get().value()));
        }
        Set<Symptom> symptoms = asOf.checkInsOf(session).stream().flatMap(c -> c.symptoms().stream())
                .collect(Collectors.toSet());
        if (!symptoms.isEmpty()) {
            red.add(new ResponseReason.RedFlagWithSession(symptoms.stream().sorted().toList()));
        }
        return red.isEmpty() ? Optional.empty() : Optional.of(r.respond(Response.RED, Optional.empty(), ruleMet, red));
    }

    /** AMBER, at the edge, once the next morning is in (before it, the edge is only provisional). */
    private static Optional<SessionResponse> atTheEdge(Readings r) {
        if (r.morning().isEmpty()) {
            return Optional.empty();
        }
        List<Reason> amber = edge(r);
        return amber.isEmpty() ? Optional.empty()
                : Optional.of(r.respond(Response.AMBER, Optional.empty(), false, amber));
    }

    /**
     * The AMBER row's reasons: DURING from MODIFY_PAIN to just below STOP_PAIN and above p0; DURING
     * at STOP_PAIN or more but not above p0; or AFTER_1H two or more above p0.
     */
    private static List<Reason> edge(Readings r) {
        List<Reason> amber = new ArrayList<>();
        int during = r.during().map(Pain::value).orElse(-1);
        if (r.during().isPresent() && during >= MODIFY_PAIN && during < STOP_PAIN && during > r.p0()) {
            amber.add(new ResponseReason.PainRoseToModify(during, r.p0(), MODIFY_PAIN, STOP_PAIN - 1));
        }
        if (r.during().isPresent() && during >= STOP_PAIN && during <= r.p0()) {
            amber.add(new ResponseReason.PainHighEvenIfUsual(during, STOP_PAIN));
        }
        if (r.after().isPresent() && r.after().get().value() >= r.p0() + MEANINGFUL_CHANGE) {
            amber.add(new ResponseReason.HourAfterUp(r.after().get().value(), MEANINGFUL_CHANGE, r.p0(),
                    r.morning().isPresent()));
        }
        return amber;
    }

    /** GREEN, within threshold: everything else, once the next morning is in. */
    private static Optional<SessionResponse> withinThreshold(Readings r) {
        return r.morning().isEmpty() ? Optional.empty()
                : Optional.of(r.respond(Response.GREEN, Optional.empty(), false,
                        List.of(new ResponseReason.WithinThreshold(r.morning().get().value(), r.reference()))));
    }

    /** PENDING: no next morning yet, and still time for it; a provisional colour from DURING and AFTER_1H. */
    private static Optional<SessionResponse> pending(AsOf asOf, Readings r) {
        if (!asOf.end().isBefore(r.session().start().toInstant().plus(NEXT_MORNING_DEADLINE))) {
            return Optional.empty();
        }
        List<Reason> amber = edge(r);
        Response provisional = amber.isEmpty() ? Response.GREEN : Response.AMBER;
        List<Reason> first = new ArrayList<>(amber.size() + 1);
        first.add(!r.anyCheckIn() ? new ResponseReason.AwaitingCheckIns()
                : provisional == Response.GREEN ? new ResponseReason.AwaitingMorningNoTrouble()
                : new ResponseReason.AwaitingMorningAtEdge());
        first.addAll(amber);
        return Optional.of(r.respond(Response.PENDING, Optional.of(provisional), false, first));
    }

    /** INCOMPLETE: no next morning by NEXT_MORNING_DEADLINE after the session started. */
    private static SessionResponse incomplete(Readings r) {
        List<Reason> amber = edge(r);
        Response provisional = amber.isEmpty() ? Response.GREEN : Response.AMBER;
        List<Reason> first = new ArrayList<>(amber.size() + 1);
        first.add(new ResponseReason.NoMorningCheckIn(NEXT_MORNING_DEADLINE.toHours()));
        first.addAll(amber);
        return r.respond(Response.INCOMPLETE, Optional.of(provisional), false, first);
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
    static Optional<Pain> nextMorning(AsOf asOf, Session session, LocalDate day) {
        LocalDate morning = day.plusDays(1);
        Optional<CheckIn> own = asOf.checkIn(session, CheckInWindow.NEXT_MORNING)
                .filter(c -> asOf.morningOf(c).equals(morning));
        if (own.isPresent()) {
            return Optional.of(own.get().pain());
        }
        int[] pains = asOf.morningPains(morning.toEpochDay());
        return pains.length == 0 ? Optional.empty() : Optional.of(Pain.of(pains[pains.length - 1]));
    }

    private static Optional<Pain> pain(Optional<CheckIn> c) {
        return c.map(CheckIn::pain);
    }
}
