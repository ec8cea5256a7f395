package org.plimsoll.engine.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.checkin.Urgency;
import org.plimsoll.engine.flare.FlareEpisode;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.reason.CareReason;
import org.plimsoll.engine.reason.Reason;

/**
 * Red flags and referral (ENGINE.md section 9; IFOMPT framework, Finucane 2020; NHS CKS). The app
 * never diagnoses: it says what to do, and pauses progression until a clinician has cleared it.
 */
public final class Referrals {
    public static final int STEP_BACKS_BEFORE_REFERRAL = 3;
    public static final int FLARE_DAYS_BEFORE_REFERRAL = 21;
    public static final int RISING_WEEKS = 3;
    /** The weekly mean morning pain must rise by at least this much in all over the rising weeks. */
    public static final double RISING_BY_POINTS = 1;
    /** Pain at or above this on two days within three is a reason to be seen soon (section 8). */
    public static final int HIGH_PAIN = 8;
    /** ... two days within this many days (today and the two before: "two of the last three days"). */
    public static final int HIGH_PAIN_WITHIN_DAYS = 3;

    private Referrals() {
    }

    /**
     * The last day a clinician cleared the person on or before {@code day}: as the person recorded it
     * with a check-in, or as the clinician recorded it.
     */
    public static Optional<LocalDate> lastClearance(AsOf asOf, LocalDate day) {
        return clearances(asOf).stream().map(Clearance::day).filter(d -> !d.isAfter(day)).max(Comparator.naturalOrder());
    }

    /** A clearance: recorded by the person with a check-in, or by their clinician at an instant. */
    record Clearance(LocalDate day, Optional<CheckIn> checkIn, Optional<Instant> at) {
    }

    static List<Clearance> clearances(AsOf asOf) {
        List<Clearance> all = new ArrayList<>();
        asOf.checkIns().stream().filter(CheckIn::clearedByClinician)
                .forEach(c -> all.add(new Clearance(asOf.dayOf(c), Optional.of(c), Optional.empty())));
        asOf.history().care(CareDecision.Cleared.class).stream().filter(c -> !c.date().isAfter(asOf.date()))
                .forEach(c -> all.add(new Clearance(c.date(), Optional.empty(), Optional.of(c.at()))));
        return all;
    }

    /**
     * The day a symptom report stops counting: the day of the first clearance recorded after it, if any.
     * A clearance clears only what was reported before it (section 9): a symptom in the clearing
     * check-in itself, or later on the same day, stands. A clinician's clearance clears what was
     * recorded before its instant; a same-day report without a recorded time stands.
     */
    static Optional<LocalDate> clearedOn(AsOf asOf, CheckIn symptom, List<Clearance> clearances) {
        return clearances.stream().filter(c -> c.checkIn()
                        .map(check -> check != symptom && recordedAfter(asOf, check, symptom))
                        .orElseGet(() -> c.day().isAfter(asOf.dayOf(symptom)) || c.day().equals(asOf.dayOf(symptom))
                                && symptom.recordedAt().filter(t -> t.isBefore(c.at().orElseThrow())).isPresent()))
                .map(Clearance::day).min(Comparator.naturalOrder());
    }

    /**
     * Whether {@code later} was recorded after {@code earlier}: by day, then by the time each was
     * entered where both have one, else by the order they were entered.
     */
    static boolean recordedAfter(AsOf asOf, CheckIn later, CheckIn earlier) {
        int byDay = asOf.dayOf(later).compareTo(asOf.dayOf(earlier));
        if (byDay != 0) {
            return byDay > 0;
        }
        if (later.recordedAt().isPresent() && earlier.recordedAt().isPresent()
                && !later.recordedAt().get().equals(earlier.recordedAt().get())) {
            return later.recordedAt().get().isAfter(earlier.recordedAt().get());
        }
        List<CheckIn> all = asOf.checkIns();
        return indexOf(all, later) > indexOf(all, earlier);
    }

    private static int indexOf(List<CheckIn> all, CheckIn c) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i) == c) {
                return i;
            }
        }
        return -1;
    }

    /** One report of red-flag symptoms and the day, if any, from which a clearance lifts it. */
    private record Report(LocalDate reported, Optional<LocalDate> cleared, Set<Symptom> symptoms) {
        boolean inForceOn(LocalDate day) {
            return !reported.isAfter(day) && cleared.map(day::isBefore).orElse(true);
        }
    }

    private static List<Report> reports(AsOf asOf) {
        List<Clearance> clearances = clearances(asOf);
        List<Report> reports = new ArrayList<>();
        for (CheckIn c : asOf.checkIns()) {
            if (!c.symptoms().isEmpty()) {
                reports.add(new Report(asOf.dayOf(c), clearedOn(asOf, c, clearances), c.symptoms()));
            }
        }
        return reports;
    }

    /** Symptoms in force at the end of {@code day}: reported on or before it and not cleared since. */
    public static Set<Symptom> symptomsInForce(AsOf asOf, LocalDate day) {
        Set<Symptom> symptoms = EnumSet.noneOf(Symptom.class);
        reports(asOf).stream().filter(r -> r.inForceOn(day)).forEach(r -> symptoms.addAll(r.symptoms()));
        return symptoms;
    }

    /** Progression is paused on days when a symptom referral is in force. */
    public static Predicate<LocalDate> pausedBySymptoms(AsOf asOf) {
        List<Report> reports = reports(asOf);
        return day -> reports.stream().anyMatch(r -> r.inForceOn(day));
    }

    public static Referral assess(AsOf asOf, List<FlareEpisode> flares, Map<Activity, Integer> stepBacksByActivity) {
        LocalDate today = asOf.date();
        Optional<LocalDate> cleared = lastClearance(asOf, today);
        Urgency level = Urgency.NONE;
        List<Reason> reasons = new ArrayList<>();
        Set<Symptom> symptoms = symptomsInForce(asOf, today);
        for (Urgency u : List.of(Urgency.EMERGENCY, Urgency.SAME_DAY, Urgency.SOON)) {
            for (Symptom s : symptoms) {
                if (s.urgency() == u) {
                    level = max(level, u);
                    reasons.add(new CareReason.SymptomReported(u, s));
                }
            }
        }
        Optional<Reason> highPain = highPainOnTwoDays(asOf, today);
        if (highPain.isPresent()) {
            level = max(level, Urgency.SOON);
            reasons.add(highPain.get());
        }
        OptionalDouble[] weeks = weeklyMorningMeans(asOf, today);
        if (rising(weeks) && cleared.map(d -> ChronoUnit.DAYS.between(d, today) >= 7).orElse(true)) {
            level = max(level, Urgency.SOON);
            reasons.add(new CareReason.MorningPainRising(Urgency.SOON, RISING_WEEKS, weeklyMeans(weeks)));
        }
        for (Map.Entry<Activity, Integer> e : stepBacksByActivity.entrySet()) {
            if (e.getValue() >= STEP_BACKS_BEFORE_REFERRAL) {
                level = max(level, Urgency.SOON);
                reasons.add(new CareReason.StepBacksWithoutConfirmation(Urgency.SOON, e.getKey(), e.getValue()));
            }
        }
        for (FlareEpisode f : flares) {
            if (f.activeOn(today) && f.dayOf(today) > FLARE_DAYS_BEFORE_REFERRAL
                    && cleared.map(d -> d.isBefore(f.since().plusDays(FLARE_DAYS_BEFORE_REFERRAL))).orElse(true)) {
                level = max(level, Urgency.SOON);
                reasons.add(new CareReason.LongFlare(Urgency.SOON, f.since(), FLARE_DAYS_BEFORE_REFERRAL / 7));
            }
        }
        if (level == Urgency.EMERGENCY || level == Urgency.SAME_DAY) {
            reasons.add(new CareReason.NoTrainingUntilSeen());
        } else if (level != Urgency.NONE) {
            reasons.add(new CareReason.ProgressionPausedUntilSeen());
        }
        return new Referral(level, reasons);
    }

    private static Urgency max(Urgency a, Urgency b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Mean morning pain of the 4 weeks ending today, oldest first; empty for a week without entries. */
    static OptionalDouble[] weeklyMorningMeans(AsOf asOf, LocalDate today) {
        OptionalDouble[] weeks = new OptionalDouble[RISING_WEEKS + 1];
        for (int w = 0; w <= RISING_WEEKS; w++) {
            LocalDate end = today.minusDays(7L * (RISING_WEEKS - w));
            LocalDate start = end.minusDays(6);
            weeks[w] = asOf.morningPain().stream()
                    .filter(c -> c.window() == CheckInWindow.NEXT_MORNING || c.window() == CheckInWindow.DAILY)
                    .filter(c -> !asOf.morningOf(c).isBefore(start) && !asOf.morningOf(c).isAfter(end))
                    .mapToInt(c -> c.pain().value()).average();
        }
        return weeks;
    }

    /**
     * Weekly mean morning pain rising 3 weeks in a row, by at least 1 point in all (section 9): a
     * drift from 2 to 2.4 is within the noise of a 0–10 scale, not a trend to be seen about.
     */
    static boolean rising(OptionalDouble[] weeks) {
        for (int i = 1; i < weeks.length; i++) {
            if (weeks[i - 1].isEmpty() || weeks[i].isEmpty() || weeks[i].getAsDouble() <= weeks[i - 1].getAsDouble()) {
                return false;
            }
        }
        // A tolerance for means like 2.1 → 3.1 that binary fractions put a hair under 1.
        return weeks[weeks.length - 1].getAsDouble() - weeks[0].getAsDouble() >= RISING_BY_POINTS - 1e-9;
    }

    /**
     * Pain of 8 or more on two days within three (section 8), as a SOON referral: the latest such pair
     * on or before {@code today}, standing until a clearance recorded after its first day's pain (a
     * clinician who saw the person after the first day has seen it; two more such days make a new
     * pair). A day counts when any check-in describing it, in any window, says 8 or more: a single
     * 8/10 that day is the signal, whatever was entered after it.
     */
    static Optional<Reason> highPainOnTwoDays(AsOf asOf, LocalDate today) {
        // The last high pain entered for each day: what a clearance must come after to clear it.
        java.util.TreeMap<LocalDate, CheckIn> highest = new java.util.TreeMap<>();
        for (CheckIn c : asOf.checkIns()) {
            LocalDate day = asOf.dayDescribed(c);
            if (c.pain().value() >= HIGH_PAIN && !day.isAfter(today)) {
                // Check-ins come in the order they were entered: the later one, unless both carry a time.
                highest.merge(day, c, (a, b) -> a.recordedAt().isPresent() && b.recordedAt().isPresent()
                        && a.recordedAt().get().isAfter(b.recordedAt().get()) ? a : b);
            }
        }
        if (highest.size() < 2) {
            return Optional.empty();
        }
        List<Clearance> clearances = clearances(asOf);
        for (LocalDate second : highest.descendingKeySet()) {
            LocalDate first = highest.lowerKey(second);
            if (first == null || ChronoUnit.DAYS.between(first, second) >= HIGH_PAIN_WITHIN_DAYS) {
                continue;
            }
            if (clearedOn(asOf, highest.get(first), clearances).filter(d -> !d.isAfter(today)).isPresent()) {
                // Cleared after this pair began: every older pair began before it too.
                return Optional.empty();
            }
            return Optional.of(new CareReason.HighPainOnTwoDays(Urgency.SOON, HIGH_PAIN, first, second));
        }
        return Optional.empty();
    }

    /** The weekly means of a rising run, rounded to a tenth: all are present when it rises. */
    private static List<Double> weeklyMeans(OptionalDouble[] weeks) {
        return Arrays.stream(weeks).map(w -> Math.round(w.orElse(0) * 10) / 10.0).toList();
    }
}
