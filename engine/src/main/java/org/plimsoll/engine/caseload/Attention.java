package org.plimsoll.engine.caseload;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.outcome.Outcomes;
import org.plimsoll.engine.reason.CareReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.response.Response;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.engine.session.Session;

/**
 * Why a person needs their clinician's attention now, most urgent first, so that a caseload can put
 * them at the top: an open referral or red flag (EMERGENCY and SAME_DAY before SOON), morning pain
 * rising, a red session in the last {@link #RED_DAYS} days, a flare and its day, morning check-ins
 * missing for {@link #MISSING_MORNINGS} days or more while the person is training, and an outcome
 * measure that changed for the worse by as much as matters.
 */
public final class Attention {
    public static final int RED_DAYS = 7;
    public static final int MISSING_MORNINGS = 3;
    /** Missing mornings count only for someone who logged a session this recently. */
    public static final int TRAINING_DAYS = 14;

    /**
     * What a clinician should look at, declared most urgent first: the declaration order is the
     * caseload's order. Missing mornings and a worse outcome measure are equally urgent.
     */
    public enum Concern {
        REFERRAL_NOW, REFERRAL_SOON, RED_RECENTLY, FLARE, MORNINGS_MISSING_OR_OUTCOME_WORSE, OTHER, NOTHING;

        /** The more urgent of the two. */
        Concern or(Concern other) {
            return compareTo(other) <= 0 ? this : other;
        }
    }

    /** The reasons, most urgent first, and the most urgent concern among them. */
    public record Needs(List<Reason> reasons, Concern most) {
        public boolean any() {
            return !reasons.isEmpty();
        }

        /** For sorting people: lower is more urgent. */
        public int rank() {
            return most.ordinal() + 1;
        }
    }

    private Attention() {
    }

    public static Needs of(Assessment a, History h, LocalDate today) {
        List<Reason> reasons = new ArrayList<>();
        Concern most = Concern.NOTHING;
        Urgency level = a.referral().level();
        if (level != Urgency.NONE) {
            reasons.add(new CareReason.CareReferral(level));
            most = level == Urgency.SOON ? Concern.REFERRAL_SOON : Concern.REFERRAL_NOW;
        }
        a.referral().reasons().stream()
                .flatMap(r -> r instanceof CareReason.MorningPainRising m ? java.util.stream.Stream.of(m) : java.util.stream.Stream.empty())
                .findFirst().ifPresent(r -> reasons.add(new CareReason.CareMorningPainRising(r.weeks())));
        Optional<SessionResponse> red = a.responses().stream()
                .filter(r -> r.response() == Response.RED && !r.date().isBefore(today.minusDays(RED_DAYS - 1L))
                        && !r.date().isAfter(today))
                .max(Comparator.comparing(SessionResponse::date));
        if (red.isPresent()) {
            reasons.add(new CareReason.CareRedRecently(red.get().date(), red.get().session().activity()));
            most = most.or(Concern.RED_RECENTLY);
        }
        Optional<FlareEpisode> flare = a.flare().filter(f -> f.ended().isEmpty());
        if (flare.isPresent()) {
            reasons.add(new CareReason.CareFlare(flare.get().since(), ChronoUnit.DAYS.between(flare.get().since(), today) + 1));
            most = most.or(Concern.FLARE);
        }
        boolean training = h.sessions().stream().anyMatch(s -> !s.activity().isPosture()
                && !s.start().toLocalDate().isBefore(today.minusDays(TRAINING_DAYS)));
        if (training) {
            Map<String, Session> sessions = h.sessions().stream()
                    .collect(Collectors.toMap(Session::id, Function.identity(), (x, y) -> x));
            Optional<LocalDate> lastMorning = h.checkIns().stream().filter(c -> c.window().isMorningPain())
                    .map(c -> c.date().or(() -> c.sessionId().map(sessions::get)
                            .map(s -> s.start().toLocalDate().plusDays(1))))
                    .flatMap(Optional::stream).filter(d -> !d.isAfter(today)).max(Comparator.naturalOrder());
            long days = lastMorning.map(d -> ChronoUnit.DAYS.between(d, today)).orElse((long) TRAINING_DAYS);
            if (days >= MISSING_MORNINGS) {
                reasons.add(new CareReason.CareMorningsMissing(days));
                most = most.or(Concern.MORNINGS_MISSING_OR_OUTCOME_WORSE);
            }
        }
        for (Outcomes.Series worse : Outcomes.worse(h, today)) {
            Outcomes.Change c = worse.change().orElseThrow();
            reasons.add(new CareReason.CareOutcomeWorse(worse.measure(), worse.activity(), c.from(), c.to()));
            most = most.or(Concern.MORNINGS_MISSING_OR_OUTCOME_WORSE);
        }
        if (!reasons.isEmpty() && most == Concern.NOTHING) {
            most = Concern.OTHER;
        }
        return new Needs(List.copyOf(reasons), most);
    }
}
