package org.plimsoll.engine.boombust;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.plimsoll.engine.baseline.Pacing;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.reason.PlanReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.response.Response;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.engine.session.Session;

/**
 * Boom and bust (ENGINE.md section 10, seed 001): a boom is a session above 130% of the level (or
 * of the pacing baseline); a bust is a RED, or 3 or more days with no activity, within 4 days after
 * it. Two or more cycles in 8 weeks earn a warning.
 */
public record BoomBust(int cycles, boolean warning, List<Cycle> history, List<Reason> reasons) {
    public static final double BOOM_FACTOR = 1.30;
    public static final int BUST_WITHIN_DAYS = 4;
    public static final int IDLE_DAYS = 3;
    public static final int WINDOW_DAYS = 56;
    public static final int WARNING_CYCLES = 2;

    public BoomBust {
        history = List.copyOf(history);
        reasons = List.copyOf(reasons);
    }

    /** One boom and the bust that followed it. */
    public record Cycle(String sessionId, LocalDate boom, LocalDate bust, String bustKind, double percentOfLevel) {
    }

    public static BoomBust of(AsOf asOf, List<SessionResponse> responses, Map<String, Dose> levelAtSession,
                              Map<org.plimsoll.engine.activity.Activity, Pacing.Baseline> baselines) {
        Set<Long> activeDays = new HashSet<>();
        asOf.sessions().forEach(s -> activeDays.add(asOf.localDate(s).toEpochDay()));
        TreeSet<LocalDate> redDays = new TreeSet<>();
        responses.stream().filter(r -> r.response() == Response.RED).forEach(r -> redDays.add(r.date()));
        List<Cycle> cycles = new ArrayList<>();
        for (SessionResponse r : responses) {
            Session s = r.session();
            Optional<Double> share = share(s, levelAtSession.get(s.id()), baselines.get(s.activity()));
            if (share.isEmpty() || share.get() <= BOOM_FACTOR) {
                continue;
            }
            LocalDate boom = r.date();
            Optional<Cycle> bust = bust(asOf, redDays, activeDays, s, boom, share.get());
            bust.ifPresent(cycles::add);
        }
        long recent = cycles.stream().filter(c -> ChronoUnit.DAYS.between(c.boom(), asOf.date()) < WINDOW_DAYS).count();
        boolean warning = recent >= WARNING_CYCLES;
        List<Reason> reasons = new ArrayList<>();
        if (warning) {
            reasons.add(new PlanReason.BoomAndBust(recent, WINDOW_DAYS / 7));
        }
        return new BoomBust((int) recent, warning, cycles, reasons);
    }

    private static Optional<Double> share(Session s, Dose level, Pacing.Baseline baseline) {
        if (level != null && level.minutes().isPresent() && !level.minutes().get().isZero()) {
            return Optional.of(s.minutes().shareOf(level.minutes().get()));
        }
        if (level != null && level.distance().isPresent() && s.distance().isPresent()
                && level.distance().get().km() > 0) {
            return Optional.of(s.distance().get().shareOf(level.distance().get()));
        }
        if (baseline != null && baseline.baselineMinutes().isPresent() && baseline.baselineMinutes().get().value() > 0) {
            return Optional.of(s.minutes().value() / baseline.baselineMinutes().get().value());
        }
        if (baseline != null && baseline.baselineKm().isPresent() && s.distance().isPresent()
                && baseline.baselineKm().get().km() > 0) {
            return Optional.of(s.distance().get().km() / baseline.baselineKm().get().km());
        }
        return Optional.empty();
    }

    private static Optional<Cycle> bust(AsOf asOf, TreeSet<LocalDate> redDays, Set<Long> activeDays,
                                        Session boomSession, LocalDate boom, double share) {
        LocalDate red = redDays.ceiling(boom);
        if (red != null && !red.isAfter(boom.plusDays(BUST_WITHIN_DAYS))) {
            return Optional.of(new Cycle(boomSession.id(), boom, red, "RED", Math.round(share * 100) / 100.0));
        }
        // An idle stretch of 3 or more days that starts within 4 days after the boom.
        long boomDay = boom.toEpochDay();
        long lastDay = asOf.date().toEpochDay();
        for (int start = 1; start <= BUST_WITHIN_DAYS; start++) {
            long first = boomDay + start;
            if (first + IDLE_DAYS - 1 > lastDay) {
                break;
            }
            boolean idle = true;
            for (int i = 0; i < IDLE_DAYS; i++) {
                if (activeDays.contains(first + i)) {
                    idle = false;
                    break;
                }
            }
            if (idle) {
                return Optional.of(new Cycle(boomSession.id(), boom, LocalDate.ofEpochDay(first), "IDLE",
                        Math.round(share * 100) / 100.0));
            }
        }
        return Optional.empty();
    }
}
