package org.plimsoll.words;

import org.plimsoll.engine.reason.FlareReason;

/** The words of a flare's reasons (ENGINE.md section 7). */
interface FlareWords extends FlareReason.Visitor<String>, Phrases {
    @Override
    default String visit(FlareReason.FlareDose r) {
        return "Flare since " + date(r.since()) + ": effort up to " + r.effortCap() + ", "
                + r.volumePercent() + "% of your usual amount" + (r.frequencyCut()
                ? ", one session a week fewer" : "") + ". Keep moving: the habit matters more than the load.";
    }

    @Override
    default String visit(FlareReason.FlareSettledHolding r) {
        return "The flare settled on " + date(r.date())
                + "; the lighter level it left is held until it is confirmed.";
    }

    @Override
    default String visit(FlareReason.FlareFromReds r) {
        return "Two red sessions within " + days(r.days()) + " (" + date(r.first()) + " and "
                + date(r.second()) + ").";
    }

    @Override
    default String visit(FlareReason.FlareFromMorning r) {
        return "A red session on " + date(r.date())
                + " was followed by a much worse next morning.";
    }

    @Override
    default String visit(FlareReason.FlareDeclared r) {
        return "You said your back is flaring" + r.note().filter(note -> !note.isBlank())
                .map(note -> ": " + sentence(note)).orElse(".");
    }

    @Override
    default String visit(FlareReason.FlareDeclaredByClinician r) {
        return "Your physiotherapist said your back is flaring from "
                + date(r.date()) + ": " + sentence(r.why());
    }

    @Override
    default String visit(FlareReason.FlareEndedByClinician r) {
        return "Your physiotherapist ended the flare on " + date(r.date()) + ": "
                + sentence(r.why()) + " The lighter level it left is held until it is confirmed.";
    }

    @Override
    default String visit(FlareReason.FlareFrequencyCut r) {
        return "Not settled after " + days(r.days()) + ": one session a week fewer for now.";
    }

    @Override
    default String visit(FlareReason.FlareFurtherCut r) {
        return "Still a red session after " + days(r.days()) + " of flare ("
                + date(r.date()) + "): the amount is cut a further " + r.percent() + "%.";
    }

    @Override
    default String visit(FlareReason.FlareSettled r) {
        return "Settled on " + date(r.date()) + ": " + days(r.days())
                + " without a red session, and morning pain back within " + r.withinPoints() + " of your usual "
                + number(r.usual()) + ".";
    }
}
