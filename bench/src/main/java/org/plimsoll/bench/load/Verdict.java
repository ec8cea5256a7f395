package org.plimsoll.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Issue 31's targets for a population run, each with the figure measured and whether it is met.
 *
 * <p>Throughput is compared as the rate one client gets a route at (one over its mean time): in the
 * day's mix every route is asked for in fixed proportions, so its share of the requests says how
 * often the mix asks for it, not how fast it is served (docs/benchmarks.md, **Choice**).
 */
record Verdict(List<Target> targets) {
    static final double THROUGHPUT_SHARE = 0.5;
    static final double P99_TIMES = 5;
    static final long MOST_MEGABYTES = 512;
    static final double CASELOAD_P99_MS = 1000;

    record Target(String what, String measured, boolean met) {
    }

    boolean allMet() {
        return targets.stream().allMatch(Target::met);
    }

    static Verdict of(List<DailyMix.Figures> figures, List<Long> peakMegabytes, int caseload) {
        List<Target> targets = new ArrayList<>();
        DailyMix.Figures me = figures.get(DailyMix.Route.ME.ordinal());
        for (DailyMix.Route r : List.of(DailyMix.Route.TODAY, DailyMix.Route.PLAN)) {
            DailyMix.Figures f = figures.get(r.ordinal());
            boolean measured = me.requests() > 0 && f.requests() > 0;
            double share = measured ? me.meanMs() / f.meanMs() : 0;
            double times = measured ? f.percentileMs(0.99) / me.percentileMs(0.99) : Double.POSITIVE_INFINITY;
            targets.add(new Target(String.format(Locale.ROOT, "`%s` throughput ≥ %.0f%% of `/api/v1/me`'s", r.label,
                    100 * THROUGHPUT_SHARE), measured ? String.format(Locale.ROOT, "%.0f%%", 100 * share) : "not measured",
                    measured && share >= THROUGHPUT_SHARE));
            targets.add(new Target(String.format(Locale.ROOT, "`%s` p99 ≤ %.0f × `/api/v1/me`'s", r.label, P99_TIMES),
                    measured ? String.format(Locale.ROOT, "%.1f × (%.0f ms against %.0f ms)", times,
                            f.percentileMs(0.99), me.percentileMs(0.99)) : "not measured",
                    measured && times <= P99_TIMES));
        }
        long errors = 0;
        long requests = 0;
        StringBuilder where = new StringBuilder();
        for (DailyMix.Figures f : figures) {
            errors += f.errors();
            requests += f.requests();
            if (f.errors() > 0) {
                where.append(where.isEmpty() ? " (" : ", ").append(f.errors()).append(" on ").append(f.route().label);
            }
        }
        targets.add(new Target("no errors", String.format(Locale.ROOT, "%,d of %,d requests%s", errors, requests,
                where.isEmpty() ? "" : where + ")"), errors == 0 && requests > 0));
        for (int i = 0; i < peakMegabytes.size(); i++) {
            long peak = peakMegabytes.get(i);
            targets.add(new Target(String.format(Locale.ROOT, "instance %d under %d MB resident at its peak", i + 1,
                    MOST_MEGABYTES), peak < 0 ? "not measured" : peak + " MB", peak >= 0 && peak < MOST_MEGABYTES));
        }
        DailyMix.Figures c = figures.get(DailyMix.Route.CASELOAD.ordinal());
        targets.add(new Target(String.format(Locale.ROOT, "a caseload of %d: p99 under %.0f s", caseload,
                CASELOAD_P99_MS / 1000), c.requests() == 0 ? "not measured (no caseload opened)"
                : String.format(Locale.ROOT, "%.0f ms over %,d caseloads", c.percentileMs(0.99), c.requests()),
                c.requests() > 0 && c.percentileMs(0.99) < CASELOAD_P99_MS));
        return new Verdict(List.copyOf(targets));
    }

    /** The targets as a table that can go into docs/benchmarks.md as it is. */
    String table() {
        StringBuilder out = new StringBuilder("| target | measured | verdict |\n|---|---|---|\n");
        for (Target t : targets) {
            out.append("| ").append(t.what()).append(" | ").append(t.measured()).append(" | ")
                    .append(t.met() ? "met" : "**not met**").append(" |\n");
        }
        return out.toString();
    }
}
