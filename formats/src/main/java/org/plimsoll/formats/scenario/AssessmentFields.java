package org.plimsoll.formats.scenario;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.plimsoll.engine.baseline.Pacing;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.ExactMinutes;
import org.plimsoll.engine.unit.MeanReps;
import org.plimsoll.engine.unit.Minutes;

/** How the assessment's values are written: an absent value is an explicit null, a quantity its plain number. */
final class AssessmentFields {
    private AssessmentFields() {
    }

    static void number(ObjectNode n, String field, Optional<Double> value) {
        if (value.isPresent()) {
            n.put(field, value.get());
        } else {
            n.putNull(field);
        }
    }

    static void number(ObjectNode n, String field, OptionalDouble value) {
        if (value.isPresent()) {
            n.put(field, value.getAsDouble());
        } else {
            n.putNull(field);
        }
    }

    static void minutes(ObjectNode n, String field, Optional<Minutes> value) {
        if (value.isPresent()) {
            n.put(field, value.get().value());
        } else {
            n.putNull(field);
        }
    }

    static void distanceKm(ObjectNode n, String field, Optional<Distance> value) {
        if (value.isPresent()) {
            n.put(field, value.get().km());
        } else {
            n.putNull(field);
        }
    }

    static void integer(ObjectNode n, String field, Optional<Integer> value) {
        if (value.isPresent()) {
            n.put(field, value.get());
        } else {
            n.putNull(field);
        }
    }

    static void integer(ObjectNode n, String field, OptionalInt value) {
        if (value.isPresent()) {
            n.put(field, value.getAsInt());
        } else {
            n.putNull(field);
        }
    }

    static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }

    /** The tolerance and baseline in each measure; all null for a row without a baseline test. */
    static void toleranceAndBaseline(ObjectNode n, Optional<Pacing.Baseline> b) {
        distanceKm(n, "toleranceKm", b.flatMap(Pacing.Baseline::toleranceKm));
        distanceKm(n, "baselineKm", b.flatMap(Pacing.Baseline::baselineKm));
        number(n, "toleranceMinutes", b.flatMap(Pacing.Baseline::toleranceMinutes).map(ExactMinutes::value));
        number(n, "baselineMinutes", b.flatMap(Pacing.Baseline::baselineMinutes).map(ExactMinutes::value));
        number(n, "toleranceReps", b.flatMap(Pacing.Baseline::toleranceReps).map(MeanReps::value));
        number(n, "baselineReps", b.flatMap(Pacing.Baseline::baselineReps).map(MeanReps::value));
    }
}
