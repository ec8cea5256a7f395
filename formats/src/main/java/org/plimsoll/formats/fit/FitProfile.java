package org.plimsoll.formats.fit;

import java.util.Map;
import org.plimsoll.engine.activity.Activity;

/** The few parts of the public FIT profile an import needs: file types, sports and sub-sports. */
public final class FitProfile {
    private static final Map<Integer, String> FILE_TYPES = Map.ofEntries(
            Map.entry(1, "device"), Map.entry(2, "settings"), Map.entry(3, "sport settings"),
            Map.entry(4, "activity"), Map.entry(5, "workout"), Map.entry(6, "course"), Map.entry(7, "schedule"),
            Map.entry(9, "weight"), Map.entry(10, "totals"), Map.entry(11, "goals"),
            Map.entry(14, "blood pressure"), Map.entry(15, "monitoring"), Map.entry(20, "activity summary"),
            Map.entry(28, "daily monitoring"), Map.entry(32, "monitoring"), Map.entry(34, "segment"),
            Map.entry(35, "segment list"));

    private static final Map<Integer, String> SPORTS = Map.ofEntries(
            Map.entry(0, "generic"), Map.entry(1, "running"), Map.entry(2, "cycling"), Map.entry(3, "transition"),
            Map.entry(4, "fitness equipment"), Map.entry(5, "swimming"), Map.entry(8, "tennis"),
            Map.entry(10, "training"), Map.entry(11, "walking"), Map.entry(15, "rowing"), Map.entry(17, "hiking"),
            Map.entry(18, "multisport"), Map.entry(19, "paddling"), Map.entry(21, "e-biking"), Map.entry(25, "golf"),
            Map.entry(37, "stand-up paddleboarding"), Map.entry(64, "racket sports"));

    private FitProfile() {
    }

    public static String fileTypeName(int type) {
        return FILE_TYPES.getOrDefault(type, "type " + type);
    }

    public static String sportName(int sport) {
        return SPORTS.getOrDefault(sport, "sport " + sport);
    }

    /**
     * The Plimsoll activity for a FIT sport and sub-sport. Sub-sports decide on fitness equipment
     * and training (a treadmill is running, an erg is rowing); anything else unknown is
     * {@code other}, which the person can relabel.
     */
    public static Activity activity(int sport, int subSport) {
        switch (sport) {
            case 1:
                return Activity.RUN; // street, trail, treadmill, track, indoor
            case 2:
            case 21:
                return Activity.CYCLE; // road, mountain, indoor, virtual, e-bike
            case 5:
                return Activity.SWIM; // lap swimming and open water
            case 11:
            case 17:
                return Activity.WALK;
            case 15:
                return Activity.ROW;
            case 25:
                return Activity.GOLF;
            case 8:
            case 64:
                return Activity.TENNIS;
            case 4:
            case 10:
                return equipment(subSport);
            default:
                return Activity.OTHER;
        }
    }

    private static Activity equipment(int subSport) {
        switch (subSport) {
            case 1:
            case 45:
                return Activity.RUN; // treadmill, indoor running
            case 6:
            case 58:
                return Activity.CYCLE; // indoor cycling, virtual
            case 14:
                return Activity.ROW; // indoor rowing
            case 15:
                return Activity.ELLIPTICAL;
            case 19:
            case 43:
            case 44:
                return Activity.YOGA; // flexibility, yoga, pilates
            case 27:
                return Activity.WALK; // indoor walking
            default:
                return Activity.STRENGTH; // strength training, cardio training, generic training
        }
    }
}
