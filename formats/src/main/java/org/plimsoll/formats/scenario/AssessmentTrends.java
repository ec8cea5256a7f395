package org.plimsoll.formats.scenario;

import static org.plimsoll.formats.scenario.AssessmentFields.distanceKm;
import static org.plimsoll.formats.scenario.AssessmentFields.integer;
import static org.plimsoll.formats.scenario.AssessmentFields.minutes;
import static org.plimsoll.formats.scenario.AssessmentFields.number;
import static org.plimsoll.formats.scenario.AssessmentFields.strings;
import static org.plimsoll.formats.scenario.AssessmentFields.toleranceAndBaseline;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.plimsoll.engine.boombust.BoomBust;
import org.plimsoll.engine.insight.Insights;
import org.plimsoll.engine.load.Load;
import org.plimsoll.engine.load.LoadSummary;
import org.plimsoll.engine.pacing.PacingChart;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.unit.Ratio;
import org.plimsoll.engine.unit.Reps;
import org.plimsoll.words.InsightWording;
import org.plimsoll.words.Reasons;

/**
 * The parts of the assessment's JSON that look back over weeks (pacing against its targets, boom-bust
 * cycles, training load, insights), each written into the node it is given ({@link AssessmentJson}'s parts).
 */
final class AssessmentTrends {
    private AssessmentTrends() {
    }

    static ArrayNode pacing(ArrayNode rows, List<PacingChart.Row> chart) {
        for (PacingChart.Row row : chart) {
            ObjectNode n = rows.addObject();
            n.put("activity", row.activity().code());
            toleranceAndBaseline(n, row.baseline());
            if (row.target().isPresent()) {
                PacingChart.Target t = row.target().get();
                ObjectNode target = n.putObject("target");
                minutes(target, "minutes", t.minutes());
                distanceKm(target, "distanceKm", t.distance());
                integer(target, "reps", t.reps().map(Reps::value));
                integer(target, "rpeCap", t.rpeCap().map(Effort::value));
                target.put("from", t.source().name());
            } else {
                n.putNull("target");
            }
            ArrayNode weeks = n.putArray("adherence");
            for (PacingChart.Week w : row.weeks()) {
                ObjectNode week = weeks.addObject().put("from", w.from().toString()).put("to", w.to().toString())
                        .put("sessions", w.sessions()).put("withinTarget", w.withinTarget());
                number(week, "share", w.share().map(x -> Math.round(x.value() * 100) / 100.0));
            }
        }
        return rows;
    }

    static ObjectNode boomBust(ObjectNode n, BoomBust b) {
        n.put("cycles", b.cycles());
        n.put("warning", b.warning());
        ArrayNode history = n.putArray("history");
        for (BoomBust.Cycle c : b.history()) {
            history.addObject().put("sessionId", c.sessionId()).put("boom", c.boom().toString())
                    .put("bust", c.bust().toString()).put("bustKind", c.bustKind())
                    .put("percentOfLevel", Math.round(c.percentOfLevel() * 100));
        }
        strings(n.putArray("reasons"), Reasons.of(b.reasons()));
        return n;
    }

    static ObjectNode load(ObjectNode n, LoadSummary l) {
        n.put("weekAU", l.weekAU());
        n.put("monotony", l.monotony());
        n.put("strain", l.strain());
        number(n, "acwr", l.acwr().map(Ratio::value));
        number(n, "ctl", l.ctl().map(Load::au));
        number(n, "atl", l.atl().map(Load::au));
        number(n, "tsb", l.tsb().map(Load::au));
        ObjectNode components = n.putObject("weekComponents");
        components.put("rotation", l.weekRotation());
        components.put("arm", l.weekArm());
        components.put("impact", l.weekImpact());
        components.put("breathing", l.weekBreathing());
        return n;
    }

    static ObjectNode insights(ObjectNode n, Insights i) {
        n.put("enoughData", i.enoughData());
        n.put("sessionsUsed", i.sessionsUsed());
        n.put("sessionsNeeded", i.sessionsNeeded());
        factors(n.putArray("nextMorning"), i.nextMorning());
        factors(n.putArray("redChance"), i.redChance());
        strings(n.putArray("statements"), Reasons.of(i.statements()));
        return n;
    }

    static void factors(ArrayNode array, List<Insights.Factor> factors) {
        for (Insights.Factor f : factors) {
            array.addObject().put("factor", f.name()).put("per", InsightWording.factorUnit(f.name())).put("effect", f.effect()).put("low", f.low())
                    .put("high", f.high()).put("clear", f.clear());
        }
    }
}
