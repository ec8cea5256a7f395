package org.plimsoll.engine.history;

import java.util.List;
import java.util.Map;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.activity.Demands;
import org.plimsoll.engine.baseline.BaselineTest;
import org.plimsoll.engine.care.CareDecision;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.context.DailyContext;
import org.plimsoll.engine.dose.Level;
import org.plimsoll.engine.profile.Profile;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.settings.CoachingSettings;

/** Everything the engine knows about one person. Immutable; the caller supplies it whole. */
public record History(Profile profile, List<Level> levels, List<Session> sessions, List<CheckIn> checkIns,
                      List<DailyContext> context, List<BaselineTest> baselineTests,
                      List<DeclaredFlare> declaredFlares, Map<Activity, Demands> demands, CoachingSettings settings,
                      List<CareDecision> care, List<CheckUp> checkUps, List<Experiment> experiments) {

    /** A history without experiments. */
    public History(Profile profile, List<Level> levels, List<Session> sessions, List<CheckIn> checkIns,
                   List<DailyContext> context, List<BaselineTest> baselineTests, List<DeclaredFlare> declaredFlares,
                   Map<Activity, Demands> demands, CoachingSettings settings, List<CareDecision> care,
                   List<CheckUp> checkUps) {
        this(profile, levels, sessions, checkIns, context, baselineTests, declaredFlares, demands, settings, care,
                checkUps, List.of());
    }

    /** A history without a clinician's decisions or outcome check-ups. */
    public History(Profile profile, List<Level> levels, List<Session> sessions, List<CheckIn> checkIns,
                   List<DailyContext> context, List<BaselineTest> baselineTests, List<DeclaredFlare> declaredFlares,
                   Map<Activity, Demands> demands, CoachingSettings settings) {
        this(profile, levels, sessions, checkIns, context, baselineTests, declaredFlares, demands, settings, List.of(),
                List.of());
    }

    /** A history with the default coaching settings. */
    public History(Profile profile, List<Level> levels, List<Session> sessions, List<CheckIn> checkIns,
                   List<DailyContext> context, List<BaselineTest> baselineTests, List<DeclaredFlare> declaredFlares,
                   Map<Activity, Demands> demands) {
        this(profile, levels, sessions, checkIns, context, baselineTests, declaredFlares, demands, CoachingSettings.DEFAULT);
    }

    /** A history whose activities all keep the catalogue's default demands. */
    public History(Profile profile, List<Level> levels, List<Session> sessions, List<CheckIn> checkIns,
                   List<DailyContext> context, List<BaselineTest> baselineTests, List<DeclaredFlare> declaredFlares) {
        this(profile, levels, sessions, checkIns, context, baselineTests, declaredFlares, Map.of(), CoachingSettings.DEFAULT);
    }

    public History {
        demands = Map.copyOf(demands);
        levels = List.copyOf(levels);
        sessions = List.copyOf(sessions);
        checkIns = List.copyOf(checkIns);
        context = List.copyOf(context);
        baselineTests = List.copyOf(baselineTests);
        declaredFlares = List.copyOf(declaredFlares);
        care = List.copyOf(care);
        checkUps = List.copyOf(checkUps);
        experiments = List.copyOf(experiments);
    }

    /** The same history with other coaching settings. */
    public History withSettings(CoachingSettings other) {
        return new History(profile, levels, sessions, checkIns, context, baselineTests, declaredFlares, demands, other,
                care, checkUps, experiments);
    }

    /** The same history with these decisions of a clinician. */
    public History withCare(List<CareDecision> decisions) {
        return new History(profile, levels, sessions, checkIns, context, baselineTests, declaredFlares, demands, settings,
                decisions, checkUps, experiments);
    }

    /** The same history with these outcome check-ups. */
    public History withCheckUps(List<CheckUp> taken) {
        return new History(profile, levels, sessions, checkIns, context, baselineTests, declaredFlares, demands, settings,
                care, taken, experiments);
    }

    /** The same history with these experiments. */
    public History withExperiments(List<Experiment> taken) {
        return new History(profile, levels, sessions, checkIns, context, baselineTests, declaredFlares, demands, settings,
                care, checkUps, taken);
    }

    /** The clinician's decisions of one kind, oldest first. */
    public <T extends CareDecision> List<T> care(Class<T> kind) {
        return care.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    /** The demands of an activity for this person: their own edit, else the catalogue default. */
    public Demands demandsOf(Activity activity) {
        return demands.getOrDefault(activity, activity.defaultDemands());
    }
}
