package org.plimsoll.bench.load;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a run started, stopped in the reverse order on every way out: the end of the run, an error,
 * the time bound, Ctrl-C (a shutdown hook runs it). Each step runs once, whoever gets there first.
 */
final class Cleanup {
    interface Step {
        void run() throws Exception;
    }

    private final Deque<Step> steps = new ArrayDeque<>();

    synchronized void add(Step step) {
        steps.push(step);
    }

    synchronized void run() {
        while (!steps.isEmpty()) {
            try {
                steps.pop().run();
            } catch (Exception e) {
                System.err.println("PopulationLoad: while stopping: " + e);
            }
        }
    }
}
