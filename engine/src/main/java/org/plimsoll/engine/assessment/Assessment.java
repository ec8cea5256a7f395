package org.plimsoll.engine.assessment;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.baseline.Pacing;
import org.plimsoll.engine.boombust.BoomBust;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.flare.Flares;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.insight.Insights;
import org.plimsoll.engine.level.ActivityAssessment;
import org.plimsoll.engine.level.Calibration;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.level.LevelState;
import org.plimsoll.engine.library.ReturnPhase;
import org.plimsoll.engine.load.LoadSummary;
import org.plimsoll.engine.load.Loads;
import org.plimsoll.engine.pacing.PacingChart;
import org.plimsoll.engine.plan.PlannedSession;
import org.plimsoll.engine.plan.WeekPlan;
import org.plimsoll.engine.reason.CareReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.reason.TodayReason;
import org.plimsoll.engine.referral.Referral;
import org.plimsoll.engine.referral.Referrals;
import org.plimsoll.engine.response.Responses;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.engine.safety.SafetyEnvelope;
import org.plimsoll.engine.safety.SafetyFacts;
import org.plimsoll.engine.safety.ShownLevel;
import org.plimsoll.engine.today.TodayFactor;

/**
 * The engine's whole answer for one person on one day: the same history and date always give the
 * same assessment. Derived in rule order: responses, flares, levels, referral, today, the rest.
 */
public record Assessment(LocalDate asOf, List<SessionResponse> responses, List<ActivityAssessment> activities,
                         Map<Activity, Pacing.Baseline> baselines, List<PacingChart.Row> pacing,
                         Optional<FlareEpisode> flare,
                         List<FlareEpisode> flares, Referral referral, BoomBust boomBust, TodayFactor today,
                         LoadSummary load, List<PlannedSession> plan, int phase, Insights insights,
                         Map<String, Dose> levelAtSession) {

    public Assessment {
        responses = List.copyOf(responses);
        activities = List.copyOf(activities);
        baselines = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(baselines));
        pacing = List.copyOf(pacing);
        flares = List.copyOf(flares);
        plan = List.copyOf(plan);
        levelAtSession = Map.copyOf(levelAtSession);
    }

    public static Assessment derivedFrom(History history, LocalDate asOf) {
        return derivedFrom(history, asOf, List.of());
    }

    /**
     * The answer on {@code asOf}, given the levels the person was shown on earlier days: while a flare
     * or a referral stands, none is exceeded ({@link ShownLevel}).
     */
    public static Assessment derivedFrom(History history, LocalDate asOf, List<ShownLevel> shown) {
        AsOf view = new AsOf(history, asOf);
        List<SessionResponse> responses = Responses.classify(view);
        List<FlareEpisode> flares = Flares.episodes(view, responses);
        Optional<FlareEpisode> flare = Flares.activeOn(flares, asOf);
        Predicate<LocalDate> paused = Referrals.pausedBySymptoms(view);
        Map<Activity, Pacing.Baseline> baselines = Pacing.baselines(history.baselineTests(), asOf,
                history.profile().irritability(), history.settings());

        List<Calibration.Outcome> outcomes = new ArrayList<>();
        Map<Activity, Integer> stepBacks = new EnumMap<>(Activity.class);
        Map<String, Dose> levelAtSession = new HashMap<>();
        Map<Activity, Dose> currentLevels = new EnumMap<>(Activity.class);
        for (Activity activity : Calibration.activities(view)) {
            Calibration.Outcome o = Calibration.of(activity, view, responses, flares, baselines, paused);
            outcomes.add(o);
            if (o.confirmed().isEmpty() || o.stepBacksSinceConfirmed() > 0) {
                stepBacks.put(activity, o.stepBacksSinceConfirmed());
            }
            levelAtSession.putAll(o.levelAtSession());
        }
        Referral referral = Referrals.assess(view, flares, stepBacks);
        TodayFactor today = TodayFactor.on(view, responses);

        List<Reason> clinicianBehind = clinicianBehind(view, referral);
        List<Calibration.Outcome> inForce = outcomes.stream().map(o -> underReferral(o, referral)).toList();
        List<ActivityAssessment> activities = new ArrayList<>();
        for (Calibration.Outcome o : inForce) {
            List<Reason> reasons = new ArrayList<>(o.reasons());
            Optional<Dose> current = o.current();
            if (referral.inForce()) {
                // What to do comes first: the referral's own first reason, then what it means for training.
                reasons.add(0, referral.reasons().get(0));
                reasons.add(1, referral.stopsTraining() ? new CareReason.NoTrainingUntilSeen()
                        : new CareReason.ProgressionPausedUntilSeen());
            }
            Optional<Dose> todayLevel = referral.stopsTraining() ? Optional.empty() : current.map(today::applyTo);
            if (todayLevel.isPresent()) {
                today.adjustments().forEach(a -> reasons.add(new TodayReason.TodayCut(a.percent(), a.reason())));
            }
            if (today.factor() < 1 && todayLevel.isPresent()) {
                reasons.add(new TodayReason.TodayLevel(todayLevel.get().rpeCap(), todayLevel.get().minutes()));
            }
            // A clinician's change stands behind every level it touches; the person reads who and why.
            history.settings().changes().forEach(c -> reasons.add(new CareReason.SettingChangedByClinician(c.setting(), c.value(), c.on(), c.why())));
            reasons.addAll(clinicianBehind);
            activities.add(new ActivityAssessment(o.activity(), o.state(), o.confirmed(), current, todayLevel,
                    o.changed(), o.holdDays(), reasons));
        }
        int phase = ReturnPhase.of(outcomes, flares, asOf);
        java.util.NavigableSet<LocalDate> redDays = TodayFactor.redDays(responses);
        List<PlannedSession> proposed = WeekPlan.of(new WeekPlan.Inputs(view, inForce, referral, flare, phase, today,
                redDays, baselines));
        // The rules have proposed; the envelope guarantees the invariants, whatever they proposed.
        Map<Activity, Dose> held = !referral.inForce() && flare.isEmpty() ? Map.of()
                : heldSinceItBegan(view, outcomes, referral, flares, paused, shown);
        SafetyEnvelope.Answer safe = SafetyEnvelope.enforce(SafetyFacts.of(view, referral, flare, inForce,
                today.pain(), held), activities, proposed, today);
        if (!referral.stopsTraining()) {
            safe.activities().forEach(a -> a.currentLevel().ifPresent(level -> currentLevels.put(a.activity(), level)));
        }
        return new Assessment(asOf, responses, safe.activities(), baselines,
                PacingChart.of(view, baselines, currentLevels, levelAtSession), flare, flares, referral,
                BoomBust.of(view, responses, levelAtSession, baselines), safe.today(), Loads.summarise(view),
                safe.plan(), phase, Insights.of(view, responses, flares), levelAtSession);
    }

    /** The level in force of each activity today, for the application to keep as what was shown. */
    public List<ShownLevel> shownLevels() {
        return activities.stream().filter(a -> a.currentLevel().isPresent())
                .map(a -> new ShownLevel(asOf, a.activity(), a.currentLevel().get())).toList();
    }

    /** A clearance by the clinician stays among the reasons for this many days. */
    public static final int CLEARANCE_SHOWN_DAYS = 14;

    /**
     * The clinician's decisions that stand behind every level, beside the settings they changed: the
     * irritability they set while the profile still holds it, and their clearance while it is the
     * latest and recent and no referral stands.
     */
    private static List<Reason> clinicianBehind(AsOf view, Referral referral) {
        List<Reason> out = new ArrayList<>();
        History history = view.history();
        history.care(CareDecision.IrritabilitySet.class).stream().filter(d -> !d.date().isAfter(view.date()))
                .reduce((a, b) -> b).filter(d -> d.irritability() == history.profile().irritability())
                .ifPresent(d -> out.add(new CareReason.IrritabilitySetByClinician(d.irritability(), d.date(), d.why())));
        Optional<LocalDate> last = Referrals.lastClearance(view, view.date());
        // A clearance is never shown beside a referral it did not clear (section 9).
        history.care(CareDecision.Cleared.class).stream()
                .filter(c -> !referral.inForce())
                .filter(c -> last.equals(Optional.of(c.date()))
                        && ChronoUnit.DAYS.between(c.date(), view.date()) < CLEARANCE_SHOWN_DAYS)
                .reduce((a, b) -> b)
                .ifPresent(c -> out.add(new CareReason.ClearedByClinician(c.date(), c.why())));
        return out;
    }

    /** A referral that is not about a reported symptom counts from this many days back. */
    static final int REFERRAL_LOOKBACK_DAYS = 7;

    /**
     * While a flare or a referral stands, per activity, the dose nothing may go above (ENGINE.md
     * sections 7 and 9): the lower of the dose in force the day before it began and yesterday's, each as
     * the rules then stood (under a referral never above the last confirmed level). A level set
     * since (by the person or a clinician), a starting level still forming, a flare's end, or a new
     * flare starting from an older confirmed level raises nothing until it is over.
     */
    static Map<Activity, Dose> heldSinceItBegan(AsOf view, List<Calibration.Outcome> outcomes, Referral referral,
                                                List<FlareEpisode> flares, Predicate<LocalDate> paused,
                                                List<ShownLevel> shown) {
        LocalDate began = view.date();
        if (referral.inForce()) {
            began = referralSince(view, referral, paused);
        }
        // A flare that ran up to the day the referral began (or up to today) is the same stretch.
        for (int i = flares.size() - 1; i >= 0; i--) {
            FlareEpisode f = flares.get(i);
            LocalDate dayBefore = began.minusDays(1);
            if (f.since().isBefore(began) && f.ended().map(e -> !e.isBefore(dayBefore)).orElse(true)) {
                began = f.since();
            }
        }
        // The lower of the dose the day before it began and yesterday's: a level set since, or a dose that
        // dipped yesterday, does not climb while it stands.
        Map<Activity, Dose> caps = new EnumMap<>(heldOn(view.history(), began.minusDays(1), outcomes, referral));
        LocalDate yesterday = view.date().minusDays(1);
        if (!began.minusDays(1).equals(yesterday)) {
            heldOn(view.history(), yesterday, outcomes, referral).forEach((activity, dose) -> caps.merge(activity, dose,
                    SafetyEnvelope::lowerOf));
        }
        // What was shown from the day before it began to yesterday is a ceiling too: the record may have
        // been reworked since, and recomputing those days would not give back what the person was told.
        for (ShownLevel s : shown) {
            if (!s.date().isBefore(began.minusDays(1)) && s.date().isBefore(view.date())) {
                caps.merge(s.activity(), s.level(), SafetyEnvelope::lowerOf);
            }
        }
        return caps;
    }

    /** Each activity's dose in force at the end of {@code day}, as it would be held under this flare or referral. */
    private static Map<Activity, Dose> heldOn(History history, LocalDate day, List<Calibration.Outcome> outcomes,
                                              Referral referral) {
        AsOf then = new AsOf(history, day);
        List<SessionResponse> responses = Responses.classify(then);
        List<FlareEpisode> flares = Flares.episodes(then, responses);
        Map<Activity, Pacing.Baseline> baselines = Pacing.baselines(history.baselineTests(), day,
                history.profile().irritability(), history.settings());
        Predicate<LocalDate> paused = Referrals.pausedBySymptoms(then);
        Map<Activity, Dose> held = new EnumMap<>(Activity.class);
        for (Calibration.Outcome o : outcomes) {
            Calibration.Outcome was = Calibration.of(o.activity(), then, responses, flares, baselines, paused);
            Optional<Dose> dose = was.current();
            if (referral.inForce() && was.confirmed().isPresent()) {
                dose = dose.map(c -> SafetyEnvelope.lowerOf(c, was.confirmed().get()));
            }
            dose.ifPresent(c -> held.put(o.activity(), c));
        }
        return held;
    }

    /**
     * The first day of the referral in force: the first of its symptom reports' days, the second day
     * of high pain, else (morning pain rising, step-backs) a week back.
     */
    static LocalDate referralSince(AsOf view, Referral referral, Predicate<LocalDate> paused) {
        LocalDate day = view.date();
        LocalDate since = day.minusDays(REFERRAL_LOOKBACK_DAYS);
        for (Reason r : referral.reasons()) {
            if (r instanceof CareReason.HighPainOnTwoDays high) {
                since = high.second();
            }
        }
        if (!paused.test(day)) {
            return since;
        }
        LocalDate limit = day.minusYears(1);
        while (day.isAfter(limit) && paused.test(day.minusDays(1))) {
            day = day.minusDays(1);
        }
        return day.isBefore(since) ? day : since;
    }

    /**
     * An activity as a referral leaves it (ENGINE.md section 9): progression stops, and each variable
     * of the dose in force is the lower of the current level's and the last confirmed level's, so
     * nothing goes up (a lighter level held after a flare stays lighter). Before any level was
     * confirmed the current level stands, since nothing was raised yet.
     */
    static Calibration.Outcome underReferral(Calibration.Outcome o, Referral referral) {
        if (!referral.inForce()) {
            return o;
        }
        Optional<Dose> current = o.state() == LevelState.FLARE || o.confirmed().isEmpty() ? o.current()
                : o.current().map(c -> SafetyEnvelope.lowerOf(c, o.confirmed().get()));
        return new Calibration.Outcome(o.activity(), LevelState.REFER, o.confirmed(), current, Optional.empty(),
                o.holdDays(), o.stepBacksSinceConfirmed(), o.flare(), o.reasons(), o.levelAtSession());
    }
}
