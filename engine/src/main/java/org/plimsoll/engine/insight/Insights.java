package org.plimsoll.engine.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableSet;
import java.util.function.ToDoubleBiFunction;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.load.SessionLoad;
import org.plimsoll.engine.reason.InsightReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.response.Response;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.engine.today.PersonalCuts;
import org.plimsoll.engine.today.StudentT;
import org.plimsoll.engine.today.TodayFactor;
import org.plimsoll.engine.unit.Hours;

/**
 * Personal insights (ENGINE.md section 11): which parts of a session and of daily life go with a
 * worse next morning, for this person, said only where the data supports it.
 *
 * <p>Each factor is read in a unit a person understands (each extra 10 minutes, each effort point,
 * each hour less sleep) and estimated on its own: the slope of the next morning's change from the
 * usual pain on the factor, over the sessions where it was recorded. A factor is estimated only
 * where it varies (5 sessions at each end, a unit apart); a load of a demand the person's
 * activities do not have, or one the factors before it already explain (a runner's arm and impact
 * load are their minutes), is left out, so each effect is reported once. Dose factors come from
 * sessions whose dose the engine did not cut (no flare, none of today's cuts that day), since there
 * the pain set the dose; daily-life factors from all sessions.
 *
 * <p>Which effects are claimed: Benjamini–Hochberg at 4% over every factor estimated, so that with
 * nothing going on 1 history in 20 at most gets any claim (at 5%, generated histories got one in
 * 5.3%), while a person with several real effects is not held to the strictness of one test per
 * factor (Bonferroni). Each interval is at the level
 * that matches the claims made (Benjamini–Yekutieli's false-coverage rule), so an interval excludes
 * no effect exactly when its factor is claimed. The chance of a red session is looked at only for
 * the factors claimed for the next morning. Which factors can be estimated is {@link FactorScreen}'s
 * to say; each one's slope is a {@link Slope}.
 */
public record Insights(boolean enoughData, int sessionsUsed, int sessionsNeeded, List<Factor> nextMorning,
                       List<Factor> redChance, List<Reason> statements) {
    public static final int MINIMUM_SESSIONS = PersonalCuts.MINIMUM_SESSIONS;
    /**
     * The share of claims that may be wrong (Benjamini–Hochberg's q); with nothing there, about the
     * chance of any claim. 4%, not 5%: at 5% the generated null histories got a claim in 5.3%.
     */
    public static final double FALSE_DISCOVERY_RATE = 0.04;
    /** Sessions at each end of a factor's range before it is estimated (ENGINE.md section 11). */
    public static final int SESSIONS_AT_EACH_END = 5;
    /**
     * A factor whose variation the factors already kept explain to this share (R²) adds nothing of
     * its own for this person: a runner's impact and arm load are their minutes, their turning load
     * their minutes times their effort.
     */
    static final double SAME_FACTOR_SHARE = 0.8;
    /**
     * Pain is reported in whole points, so every score carries up to half a point of rounding: the
     * residual spread is never taken as less than that (1/√12 of a point), and no interval has no width.
     */
    static final double ROUNDING_SD = 1 / Math.sqrt(12);

    public Insights {
        nextMorning = List.copyOf(nextMorning);
        redChance = List.copyOf(redChance);
        statements = List.copyOf(statements);
    }

    /**
     * How one factor relates to the outcome, per unit of it (for example each extra 10 minutes;
     * the words are InsightWording.factorUnit), with its interval, low to high.
     */
    public record Factor(String name, double effect, double low, double high) {
        public Factor {
            if (!(low <= effect && effect <= high)) {
                throw new IllegalArgumentException("an interval runs low to high around its effect: " + low
                        + " ≤ " + effect + " ≤ " + high);
            }
        }

        /** Whether the whole interval is on one side of no effect: the only factors put into words. */
        public boolean clear() {
            return low > 0 || high < 0;
        }
    }

    /**
     * The sessions one group of factors is read from: each factor's values in its reporting unit
     * (NaN where not recorded), and each session's next-morning change and whether it was red (1) or not (0).
     */
    record Table(List<String> factors, List<double[]> values, double[] change, double[] red) {
    }

    /** A factor: what it is called, how much is one reporting unit, and how it is read from a session. */
    private record Candidate(String name, double unit, ToDoubleBiFunction<AsOf, SessionResponse> value) {
    }

    /** What the person chose to do; in the order they are preferred when two move together, the plainest first. */
    private static final List<Candidate> DOSE = List.of(
            new Candidate("duration", 10, (a, r) -> r.session().minutes().value()),
            new Candidate("effort", 1, (a, r) -> r.session().rpe().map(x -> (double) x.value()).orElse(Double.NaN)),
            new Candidate("impact", 10, (a, r) -> load(a, r).impact()),
            new Candidate("arm load", 10, (a, r) -> load(a, r).arm()),
            new Candidate("turning load", 10, (a, r) -> load(a, r).rotation()),
            new Candidate("breathing load", 10, (a, r) -> load(a, r).breathing()));

    /** The rest of the day; sleep is read as hours less, so that more of each factor is more strain. */
    private static final List<Candidate> LIFE = List.of(
            new Candidate("sleep", -1, (a, r) -> a.context(r.date()).flatMap(DailyContext::sleepHours)
                    .map(Hours::value).orElse(Double.NaN)),
            new Candidate("stress", 1, (a, r) -> a.context(r.date())
                    .flatMap(DailyContext::stress).map(s -> (double) s.value()).orElse(Double.NaN)),
            new Candidate("sitting", 1, (a, r) -> a.context(r.date().minusDays(1)).flatMap(DailyContext::sittingHours)
                    .map(Hours::value).orElse(Double.NaN)),
            // A watch or ring's morning (section 8, "Readiness"): HRV read as ms lower, of one kind only
            // (the latest), since RMSSD and SDNN are on different scales; readiness 1 on a day it cut, 0
            // on a measured day it did not, unknown on a day without measures.
            new Candidate("heart-rate variability", -10, (a, r) -> a.context(r.date())
                    .filter(c -> c.hrvKind().isPresent() && c.hrvKind().equals(latestHrvKind(a)))
                    .flatMap(DailyContext::hrv).map(org.plimsoll.engine.unit.Hrv::ms).orElse(Double.NaN)),
            new Candidate("resting heart rate", 5, (a, r) -> a.context(r.date()).flatMap(DailyContext::restingHeartRate)
                    .map(h -> (double) h.bpm()).orElse(Double.NaN)),
            new Candidate("readiness", 1, (a, r) -> a.context(r.date())
                    .filter(c -> c.hrv().isPresent() || c.restingHeartRate().isPresent())
                    .map(c -> org.plimsoll.engine.today.Readiness.why(a, r.date()).isPresent() ? 1.0 : 0.0)
                    .orElse(Double.NaN)));

    /** The kind of the latest HRV reading: the one insights read, so that RMSSD and SDNN are never mixed. */
    private static java.util.Optional<org.plimsoll.engine.context.HrvKind> latestHrvKind(AsOf asOf) {
        List<DailyContext> context = asOf.history().context();
        for (int i = context.size() - 1; i >= 0; i--) {
            if (context.get(i).hrvKind().isPresent() && !context.get(i).date().isAfter(asOf.date())) {
                return context.get(i).hrvKind();
            }
        }
        return java.util.Optional.empty();
    }

    public static Insights of(AsOf asOf, List<SessionResponse> responses, List<FlareEpisode> flares) {
        List<SessionResponse> all = new ArrayList<>();
        for (SessionResponse r : responses) {
            if (r.morningChange().isPresent()) {
                all.add(r);
            }
        }
        if (all.size() < MINIMUM_SESSIONS) {
            return from(all.size(), List.of());
        }
        NavigableSet<LocalDate> redDays = TodayFactor.redDays(responses);
        List<SessionResponse> uncut = all.stream().filter(r -> !cutByTheEngine(asOf, r, redDays, flares)).toList();
        return from(all.size(), List.of(table(asOf, uncut, DOSE), table(asOf, all, LIFE)));
    }

    /**
     * The insights from the sessions' tables: which factors can be estimated, which effects are
     * clear, and what is said. {@code sessions} is the number of sessions with a final response.
     */
    static Insights from(int sessions, List<Table> tables) {
        if (sessions < MINIMUM_SESSIONS) {
            int more = MINIMUM_SESSIONS - sessions;
            return new Insights(false, sessions, more, List.of(), List.of(),
                    List.of(new InsightReason.InsightsNeedSessions(more)));
        }
        List<Slope> morning = new ArrayList<>();
        List<Slope> red = new ArrayList<>();
        for (Table t : tables) {
            List<double[]> kept = new ArrayList<>();
            for (int j = 0; j < t.factors().size(); j++) {
                double[] x = t.values().get(j);
                if (!FactorScreen.hasTheDemand(x) || !FactorScreen.variesEnough(x)
                        || FactorScreen.explained(kept, x) >= SAME_FACTOR_SHARE) {
                    continue;
                }
                Slope onMorning = Slope.of(t.factors().get(j), x, t.change(), ROUNDING_SD);
                if (!onMorning.finite()) {
                    continue;
                }
                kept.add(x);
                morning.add(onMorning);
                red.add(Slope.of(t.factors().get(j), x, t.red(), 0));
            }
        }
        List<Factor> nextMorning = claimed(morning);
        List<String> clear = nextMorning.stream().filter(Factor::clear).map(Factor::name).toList();
        // A red chance is looked at only where the next morning already shows the factor: with
        // nothing going on, no claim of either kind is more likely than the next morning's 1 in 20.
        List<Factor> redChance = claimed(red.stream()
                .filter(s -> clear.contains(s.name()) && s.finite() && s.se() > 0).toList());
        List<Reason> statements = new ArrayList<>();
        for (Factor f : nextMorning) {
            if (f.clear()) {
                statements.add(new InsightReason.Insight(f.name(), f.effect(), f.low(), f.high()));
            }
        }
        if (statements.isEmpty()) {
            statements.add(new InsightReason.InsightsNothingClear(sessions));
        }
        return new Insights(true, sessions, 0, nextMorning, redChance, statements);
    }

    /**
     * Benjamini–Hochberg over the slopes, then each interval at level 1 − R·q/m (R claims of m; at
     * least 1), which excludes no effect exactly for the R claimed.
     */
    static List<Factor> claimed(List<Slope> slopes) {
        int m = slopes.size();
        if (m == 0) {
            return List.of();
        }
        double[] p = slopes.stream().mapToDouble(Slope::p).sorted().toArray();
        int claims = 0;
        for (int i = m; i >= 1; i--) {
            if (p[i - 1] <= FALSE_DISCOVERY_RATE * i / m) {
                claims = i;
                break;
            }
        }
        double level = FALSE_DISCOVERY_RATE * Math.max(1, claims) / m;
        List<Factor> factors = new ArrayList<>();
        java.util.Map<Double, Double> multiplier = new java.util.HashMap<>();
        for (Slope s : slopes) {
            double half = multiplier.computeIfAbsent(s.df(), df -> StudentT.twoSidedQuantile(level, df)) * s.se();
            factors.add(new Factor(s.name(), round(s.effect()), round(s.effect() - half), round(s.effect() + half)));
        }
        return factors;
    }

    /**
     * Whether the engine set the session's dose itself: during a flare, or on a day with any of
     * today's cuts (short sleep, stress, long sitting, a recent red session, pain well up today).
     */
    static boolean cutByTheEngine(AsOf asOf, SessionResponse r, NavigableSet<LocalDate> redDays,
                                  List<FlareEpisode> flares) {
        LocalDate day = r.date();
        return flares.stream().anyMatch(f -> f.activeOn(day)) || TodayFactor.anyCutOn(asOf, day, redDays);
    }

    private static Table table(AsOf asOf, List<SessionResponse> rows, List<Candidate> candidates) {
        int n = rows.size();
        List<double[]> values = new ArrayList<>();
        for (Candidate c : candidates) {
            double[] column = new double[n];
            for (int i = 0; i < n; i++) {
                column[i] = c.value().applyAsDouble(asOf, rows.get(i)) / c.unit();
            }
            values.add(column);
        }
        double[] change = new double[n];
        double[] red = new double[n];
        for (int i = 0; i < n; i++) {
            SessionResponse r = rows.get(i);
            change[i] = r.morningChange().getAsDouble();
            red[i] = r.response() == Response.RED ? 1 : 0;
        }
        return new Table(candidates.stream().map(Candidate::name).toList(), values, change, red);
    }

    private static SessionLoad load(AsOf asOf, SessionResponse r) {
        return SessionLoad.of(r.session(), asOf.history().demandsOf(r.session().activity()));
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
