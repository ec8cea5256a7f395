package org.plimsoll.engine.flare;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.history.AsOf;
import org.plimsoll.engine.history.DeclaredFlare;
import org.plimsoll.engine.reason.FlareReason;
import org.plimsoll.engine.reason.Reason;
import org.plimsoll.engine.response.MorningBaseline;
import org.plimsoll.engine.response.Response;
import org.plimsoll.engine.response.SessionResponse;
import org.plimsoll.engine.settings.CoachingSettings;
import org.plimsoll.engine.unit.MeanPain;

/**
 * Flares and their de-escalation (ENGINE.md section 7, seeds 000 and 002). A flare starts with a RED
 * that broke the 24-hour rule, with two REDs within 7 days, or when the person or their clinician says
 * so; it ends after 7 days in a row with no RED and morning pain back within B + 1, or when their
 * clinician ends it.
 */
public final class Flares {
    public static final int TWO_REDS_WITHIN_DAYS = 7;
    public static final int SETTLED_AFTER_DAYS = 7;
    /** Settled once morning pain is back within this many points of the usual. */
    public static final int SETTLED_WITHIN_POINTS = 1;
    public static final int FURTHER_CUT_AFTER_DAYS = 7;
    public static final int FREQUENCY_CUT_AFTER_DAYS = 14;
    /** A new flare within this many days of the last one's end starts from the dose that just failed. */
    public static final int RESTART_WITHIN_DAYS = 14;
    /** The RPE cap in a flare: conversational effort. */
    public static final int RPE_CAP_IN_FLARE = 4;

    private Flares() {
    }

    public static List<FlareEpisode> episodes(AsOf asOf, List<SessionResponse> responses) {
        TreeMap<LocalDate, List<Reason>> starts = new TreeMap<>();
        Set<LocalDate> redDays = new HashSet<>();
        List<LocalDate> reds = new ArrayList<>();
        for (SessionResponse r : responses) {
            if (r.response() != Response.RED) {
                continue;
            }
            redDays.add(r.date());
            if (r.nextMorningRuleMet()) {
                starts.computeIfAbsent(r.date().plusDays(1), d -> new ArrayList<>()).add(new FlareReason.FlareFromMorning(r.date()));
            }
            for (LocalDate earlier : reds) {
                long gap = ChronoUnit.DAYS.between(earlier, r.date());
                if (gap >= 0 && gap < TWO_REDS_WITHIN_DAYS) {
                    starts.computeIfAbsent(r.date(), d -> new ArrayList<>()).add(new FlareReason.FlareFromReds(TWO_REDS_WITHIN_DAYS, earlier, r.date()));
                    break;
                }
            }
            reds.add(r.date());
        }
        for (DeclaredFlare declared : asOf.history().declaredFlares()) {
            if (!declared.date().isAfter(asOf.date())) {
                starts.computeIfAbsent(declared.date(), d -> new ArrayList<>()).add(new FlareReason.FlareDeclared(declared.note()));
            }
        }
        for (CareDecision.FlareDeclared declared : asOf.history().care(CareDecision.FlareDeclared.class)) {
            starts.computeIfAbsent(declared.date(), d -> new ArrayList<>()).add(new FlareReason.FlareDeclaredByClinician(declared.date(), declared.why()));
        }
        starts.keySet().removeIf(d -> d.isAfter(asOf.date()));
        TreeMap<LocalDate, CareDecision.FlareEnded> ends = new TreeMap<>();
        asOf.history().care(CareDecision.FlareEnded.class).forEach(e -> ends.put(e.date(), e));

        Set<LocalDate> morningsAfterRed = MorningBaseline.morningsAfter(redDays);
        List<FlareEpisode> episodes = new ArrayList<>();
        LocalDate searchFrom = LocalDate.MIN;
        for (LocalDate start : starts.keySet()) {
            if (start.isBefore(searchFrom)) {
                continue;
            }
            FlareEpisode episode = follow(asOf, start, starts, ends, redDays, morningsAfterRed);
            episodes.add(episode);
            searchFrom = episode.ended().orElse(LocalDate.MAX);
        }
        return episodes;
    }

    private static FlareEpisode follow(AsOf asOf, LocalDate start, TreeMap<LocalDate, List<Reason>> starts,
                                       TreeMap<LocalDate, CareDecision.FlareEnded> ends, Set<LocalDate> redDays,
                                       Set<LocalDate> morningsAfterRed) {
        double baseline = MorningBaseline.on(asOf, start.minusDays(1), morningsAfterRed).map(MeanPain::value)
                .orElse(0.0);
        List<Reason> reasons = new ArrayList<>(starts.get(start));
        boolean furtherCut = false;
        boolean frequencyCut = false;
        LocalDate lastRed = redDays.contains(start) ? start : start.minusDays(1);
        for (LocalDate day = start; !day.isAfter(asOf.date()); day = day.plusDays(1)) {
            long flareDay = ChronoUnit.DAYS.between(start, day);
            // A clinician's end takes effect from its day, but never erases the flare's first day; an end
            // dated on that first day ends it the next, unless the flare was declared again after it.
            Optional<CareDecision.FlareEnded> endedByClinician = flareDay == 0 ? Optional.empty()
                    : Optional.ofNullable(ends.floorEntry(day)).map(e -> e.getValue())
                    .filter(e -> e.date().isAfter(start) || e.date().equals(start) && !declaredAgainAfter(asOf, e));
            if (endedByClinician.isPresent()) {
                reasons.add(new FlareReason.FlareEndedByClinician(day, endedByClinician.get().why()));
                return new FlareEpisode(start, Optional.of(day), furtherCut, frequencyCut, baseline, reasons);
            }
            boolean redToday = redDays.contains(day);
            if (redToday) {
                lastRed = day;
            }
            // One cut a day at most (ENGINE.md section 7): the day-14 frequency cut replaces, never
            // adds to, a volume cut that day; a later red can still bring the volume cut.
            if (flareDay >= FREQUENCY_CUT_AFTER_DAYS && !frequencyCut && !settled(asOf, day, lastRed, baseline)) {
                frequencyCut = true;
                reasons.add(new FlareReason.FlareFrequencyCut(FREQUENCY_CUT_AFTER_DAYS));
            } else if (redToday && flareDay >= FURTHER_CUT_AFTER_DAYS && !furtherCut) {
                furtherCut = true;
                reasons.add(new FlareReason.FlareFurtherCut(FURTHER_CUT_AFTER_DAYS, day,
                        asOf.history().settings().flareFurtherCutPercent()));
            }
            if (flareDay >= SETTLED_AFTER_DAYS && settled(asOf, day, lastRed, baseline)) {
                reasons.add(new FlareReason.FlareSettled(day, SETTLED_AFTER_DAYS, baseline, SETTLED_WITHIN_POINTS));
                return new FlareEpisode(start, Optional.of(day), furtherCut, frequencyCut, baseline, reasons);
            }
        }
        return new FlareEpisode(start, Optional.empty(), furtherCut, frequencyCut, baseline, reasons);
    }

    /** Whether the clinician declared a flare on the day of this end, after they recorded the end. */
    private static boolean declaredAgainAfter(AsOf asOf, CareDecision.FlareEnded end) {
        List<CareDecision> care = asOf.history().care();
        int at = care.indexOf(end);
        return care.subList(at + 1, care.size()).stream().anyMatch(d -> d instanceof CareDecision.FlareDeclared declared
                && declared.date().equals(end.date()));
    }

    /** 7 days in a row with no RED, and the latest morning pain within B + 1. */
    private static boolean settled(AsOf asOf, LocalDate day, LocalDate lastRed, double baseline) {
        if (ChronoUnit.DAYS.between(lastRed, day) < SETTLED_AFTER_DAYS) {
            return false;
        }
        // The latest morning counts only if it is recent: within the last 3 days.
        for (long d = day.toEpochDay(); d > day.toEpochDay() - 3; d--) {
            int[] pains = asOf.morningPains(d);
            if (pains.length > 0) {
                return pains[pains.length - 1] <= baseline + SETTLED_WITHIN_POINTS;
            }
        }
        return false;
    }

    /** The flare in force on a day, if any. */
    public static Optional<FlareEpisode> activeOn(List<FlareEpisode> episodes, LocalDate day) {
        return episodes.stream().filter(e -> e.activeOn(day)).findFirst();
    }

    /**
     * The percent of the level's weekly volume a flare allows (the person's flare volume, 70% by
     * default, less the further cut once taken). Whole percentages, so that 55% of 30 minutes is
     * exactly 16.5 and rounds to 17 (0.70 − 0.15 in binary is 0.5499…).
     */
    public static int volumePercent(FlareEpisode flare, CoachingSettings settings) {
        return settings.flareVolumePercent(flare.furtherVolumeCut());
    }

    /**
     * A level as a flare allows it (section 7): effort up to 4, the volume cut, rotation narrowed,
     * and one session a week fewer once the frequency cut is taken.
     */
    public static Dose dose(Dose level, FlareEpisode flare, CoachingSettings settings) {
        Dose cut = level.withRpeCap(Math.min(level.rpeCap(), RPE_CAP_IN_FLARE))
                .scaledVolumePercent(volumePercent(flare, settings));
        if (cut.rotation().isPresent()) {
            cut = cut.withRotation(cut.rotation().get().narrower());
        }
        if (flare.frequencyCut() && cut.sessionsPerWeek() > 1) {
            cut = cut.withSessionsPerWeek(cut.sessionsPerWeek() - 1);
        }
        return cut;
    }
}
