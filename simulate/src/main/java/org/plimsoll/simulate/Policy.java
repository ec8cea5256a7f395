package org.plimsoll.simulate;

import java.time.LocalDate;
import java.util.List;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.engine.dose.Dose;
import org.plimsoll.engine.history.History;
import org.plimsoll.engine.safety.ShownLevel;

/** Who decides the minutes of each session: Plimsoll's engine, or one of the policies it is judged against. */
public sealed interface Policy {
    /** The name in the table. */
    String name();

    /** The minutes to run in this session; 0 for none. */
    default int minutes(Situation situation) {
        return decide(situation).minutes();
    }

    /** The minutes, and the levels shown to the person in deciding them (only Plimsoll shows levels). */
    default Decision decide(Situation situation) {
        return new Decision(minutes(situation), List.of());
    }

    /** A session's minutes and what the person was shown. */
    record Decision(int minutes, List<ShownLevel> shown) {
    }

    /** What a policy may know before a session; only the oracle reads {@code trueCapacity}. */
    record Situation(LocalDate date, int week, int session, int startMinutes, double trueCapacity,
                     History history, List<ShownLevel> shown) {
    }

    /** All five, in the table's order. */
    static List<Policy> all() {
        return List.of(new Plimsoll(), new FixedProgression(), new Ramp(), new Flat(), new Oracle());
    }

    /** The engine's level for today (today's adjustments for sleep, stress and pain included), as the app shows it. */
    record Plimsoll() implements Policy {
        @Override
        public String name() {
            return "Plimsoll";
        }

        @Override
        public Decision decide(Situation s) {
            Assessment assessment = Assessment.derivedFrom(s.history(), s.date(), s.shown());
            int minutes = assessment.activities().stream().filter(a -> a.activity() == Activity.RUN).findFirst()
                    .flatMap(a -> a.todayLevel()).flatMap(Dose::minutes).map(m -> (int) Math.round(m.value()))
                    .orElse(0);
            return new Decision(minutes, assessment.shownLevels());
        }
    }

    /** A printed programme: 10% more every week, whatever happens. */
    record FixedProgression() implements Policy {
        @Override
        public String name() {
            return "fixed progression (+10%/week)";
        }

        @Override
        public int minutes(Situation s) {
            return (int) Math.round(s.startMinutes() * Math.pow(1.10, s.week()));
        }
    }

    /** A gentle linear ramp: one minute more each session, whatever happens. */
    record Ramp() implements Policy {
        @Override
        public String name() {
            return "ramp (+1 min/session)";
        }

        @Override
        public int minutes(Situation s) {
            return s.startMinutes() + s.session();
        }
    }

    /** The starting dose for ever. */
    record Flat() implements Policy {
        @Override
        public String name() {
            return "flat";
        }

        @Override
        public int minutes(Situation s) {
            return s.startMinutes();
        }
    }

    /** Knows today's true capacity and runs 90% of it: the best a policy could do without risk. */
    record Oracle() implements Policy {
        public static final double SHARE = 0.9;

        @Override
        public String name() {
            return "oracle (90% of true capacity)";
        }

        @Override
        public int minutes(Situation s) {
            return (int) Math.floor(SHARE * s.trueCapacity());
        }
    }
}
