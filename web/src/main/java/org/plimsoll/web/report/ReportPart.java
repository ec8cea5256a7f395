package org.plimsoll.web.report;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The parts of the clinician report; a share link shows only the parts the person chose. */
public enum ReportPart {
    REFERRALS("Red flags and referrals"),
    LEVELS("Levels per activity, with the reasons"),
    SESSIONS("Sessions and how the back answered"),
    FLARES("Flares"),
    LOAD_CHART("Weekly load against morning pain"),
    PACING("Pacing chart"),
    INSIGHTS("Insights"),
    EXPERIMENTS("Experiments and what they found"),
    OUTCOMES("Outcome measures over time");

    private final String label;

    ReportPart(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Set<ReportPart> all() {
        return EnumSet.allOf(ReportPart.class);
    }

    public static Optional<ReportPart> named(String name) {
        return Arrays.stream(values()).filter(p -> p.name().equals(name)).findFirst();
    }
}
