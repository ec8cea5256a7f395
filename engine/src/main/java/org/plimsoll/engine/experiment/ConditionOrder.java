package org.plimsoll.engine.experiment;

import java.util.SplittableRandom;
import org.plimsoll.engine.history.Experiment;

/**
 * The random order of an experiment's conditions (ENGINE.md section 15): its sessions are taken in
 * pairs, and within each pair a coin decides which condition comes first. The coin is seeded from the
 * experiment's id, so the same experiment always gets the same order and the engine stays pure.
 */
public final class ConditionOrder {
    private ConditionOrder() {
    }

    /** The condition of the experiment's session number {@code index} (0 for its first). */
    public static String conditionOf(Experiment experiment, int index) {
        if (index < 0) {
            throw new IllegalArgumentException("a session's number counts from 0: " + index);
        }
        SplittableRandom coin = new SplittableRandom(seedOf(experiment.id()));
        boolean secondFirst = false;
        for (int pair = 0; pair <= index / 2; pair++) {
            secondFirst = coin.nextBoolean();
        }
        boolean second = secondFirst == (index % 2 == 0);
        return second ? experiment.second() : experiment.first();
    }

    /** A 64-bit seed from the id (FNV-1a over its characters): the same id, the same order, on any machine. */
    static long seedOf(String id) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < id.length(); i++) {
            hash ^= id.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
