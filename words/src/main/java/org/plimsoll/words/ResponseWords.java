package org.plimsoll.words;

import java.util.stream.Collectors;
import org.plimsoll.engine.reason.ResponseReason;

/** The words of a session's response (ENGINE.md section 3). */
interface ResponseWords extends ResponseReason.Visitor<String>, Phrases {
    @Override
    default String visit(ResponseReason.NoStartPainUsedUsual r) {
        return "No pain before the session was entered, so your usual pain ("
                + number(r.usual()) + ") is the starting point.";
    }

    @Override
    default String visit(ResponseReason.NoStartPainAtAll r) {
        return "No pain before the session was entered and your usual pain is not known yet, so the "
                + "starting point is 0.";
    }

    @Override
    default String visit(ResponseReason.SharpPain r) {
        return "Sharp pain during the session.";
    }

    @Override
    default String visit(ResponseReason.PainRoseToStop r) {
        return "Pain reached " + r.during() + "/10 during the session, up from "
                + number(r.start()) + ". At " + r.stopFrom() + " or more and rising, the advice is to stop.";
    }

    @Override
    default String visit(ResponseReason.MorningRuleMet r) {
        return "Next morning " + r.morning() + "/10: " + r.points()
                + " or more above your usual " + number(r.usual()) + ".";
    }

    @Override
    default String visit(ResponseReason.RedFlagWithSession r) {
        return "A warning sign was reported with this session: " + r.symptoms().stream().map(Wording::symptom).collect(Collectors.joining("; ")) + ".";
    }

    @Override
    default String visit(ResponseReason.PainRoseToModify r) {
        return "Pain rose to " + r.during() + "/10 during the session, from "
                + number(r.start()) + ". At " + r.modifyFrom() + " to " + r.modifyTo() + ", the advice is to ease off.";
    }

    @Override
    default String visit(ResponseReason.PainHighEvenIfUsual r) {
        return "Pain was " + r.during() + "/10 during the session. Even when that is "
                + "your usual pain, at " + r.stopFrom() + " or more the advice is to stop that movement.";
    }

    @Override
    default String visit(ResponseReason.HourAfterUp r) {
        return "An hour after, pain was " + r.after() + "/10, " + r.points()
                + " or more above the start (" + number(r.start()) + ")" + (r.settledByMorning()
                ? ", but it settled by the next morning." : ".");
    }

    @Override
    default String visit(ResponseReason.NoMorningCheckIn r) {
        return "No next-morning check-in within " + r.hours() + " hours, so this "
                + "session is left out of level decisions. Add it if you remember how you felt.";
    }

    @Override
    default String visit(ResponseReason.AwaitingCheckIns r) {
        return "Waiting for your check-ins: how it felt during, an hour after and the "
                + "next morning.";
    }

    @Override
    default String visit(ResponseReason.AwaitingMorningNoTrouble r) {
        return "Waiting for the next-morning check-in; so far no sign of trouble.";
    }

    @Override
    default String visit(ResponseReason.AwaitingMorningAtEdge r) {
        return "Waiting for the next-morning check-in; so far it looks like the "
                + "edge of what your back takes.";
    }

    @Override
    default String visit(ResponseReason.WithinThreshold r) {
        return "Within what your back takes: pain stayed mild and the next morning was "
                + r.morning() + "/10" + r.usual().map(u -> " (usual " + Wording.number(u.value()) + ")").orElse("")
                + ".";
    }
}
