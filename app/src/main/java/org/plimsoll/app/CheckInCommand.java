package org.plimsoll.app;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.plimsoll.engine.history.PlausibleDates;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.unit.Pain;
import org.plimsoll.engine.checkin.Symptom;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.session.SessionRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "checkin", mixinStandardHelpOptions = true,
        description = "Record how your back is: for a session (BEFORE, DURING, AFTER_1H, NEXT_MORNING) or any day.",
        footer = {"", "Examples:",
                "  plimsoll checkin --session 12 --window DURING --pain 3",
                "  plimsoll checkin --pain 2                 (today, no session)",
                "  plimsoll checkin --pain 4 --symptom LEG_TINGLING"})
final class CheckInCommand extends DatabaseCommand {
    @Option(names = "--session", paramLabel = "ID", description = "The session this check-in is about.")
    Long sessionId;

    @Option(names = "--window", paramLabel = "WINDOW",
            description = "BEFORE, DURING, AFTER_1H, NEXT_MORNING or DAILY. Default: DAILY without --session.")
    String window;

    @Option(names = "--pain", required = true, paramLabel = "0-10", description = "Pain now, 0 none to 10 worst.")
    int pain;

    @Option(names = "--sharp", description = "The pain was sharp.")
    boolean sharp;

    @Option(names = "--symptom", paramLabel = "CODE", description = "A red-flag symptom (repeatable): "
            + "SADDLE_NUMBNESS, BLADDER_CHANGE, BOWEL_INCONTINENCE, SEXUAL_FUNCTION_CHANGE, LEG_WEAKNESS, BOTH_LEGS, "
            + "CHEST_SYMPTOMS, FEVER, TRAUMA, LEG_TINGLING, WEIGHT_LOSS, CANCER_HISTORY, NIGHT_PAIN.")
    List<String> symptoms = new ArrayList<>();

    @Option(names = "--date", paramLabel = "DATE", description = "The day it is about (DAILY and NEXT_MORNING). "
            + "Default: today, or the morning after the session.")
    String date;

    @Option(names = "--cleared-by-clinician", description = "A clinician has seen you about the red flags.")
    boolean cleared;

    CheckInCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    protected int run(Database database) {
        if (pain < 0 || pain > 10) {
            throw new UsageError("--pain must be 0–10, was " + pain);
        }
        CheckInWindow kind = window(window == null ? (sessionId == null ? "DAILY" : null) : window);
        if (kind.belongsToSession() && sessionId == null) {
            throw new UsageError("a " + kind + " check-in needs --session ID");
        }
        if (!kind.belongsToSession() && sessionId != null) {
            throw new UsageError("a DAILY check-in belongs to no session; leave out --session");
        }
        Set<Symptom> codes = EnumSet.noneOf(Symptom.class);
        for (String code : symptoms) {
            codes.add(Symptom.fromCode(code.toUpperCase(Locale.ROOT)).orElseThrow(() ->
                    new UsageError("unknown --symptom '" + code + "'; see --help for the codes")));
        }
        Account account = account(database);
        ZoneId zone = new ProfileRepository(database).zoneOf(account.id());
        Optional<Session> session = Optional.ofNullable(sessionId).map(id -> new SessionRepository(database)
                .find(account.id(), id).orElseThrow(() -> new UsageError("no session " + id + " for " + account.email()
                        + "; 'plimsoll sessions' lists them")));
        Optional<LocalDate> day = kind.dateFor(Optional.ofNullable(date).map(CheckInCommand::parseDate), session,
                terminal.clock().instant().atZone(zone).toLocalDate());
        CheckIn checkIn = new CheckIn("new", session.map(Session::id), kind, day, Optional.empty(), new Pain(pain),
                sharp, Optional.empty(), Optional.empty(), codes, cleared);
        CheckIn stored = new CheckInRepository(database).add(account.id(), checkIn, terminal.clock().instant())
                .orElseThrow();
        terminal.out().println("Recorded " + kind + " check-in " + stored.id()
                + session.map(s -> " for session " + s.id()).orElse(day.map(d -> " for " + d).orElse(""))
                + ": pain " + pain + "/10" + (sharp ? ", sharp" : "")
                + (codes.isEmpty() ? "" : ", symptoms " + codes));
        if (codes.stream().anyMatch(s -> s.urgency() == org.plimsoll.engine.checkin.Urgency.EMERGENCY)) {
            terminal.out().println("These symptoms need emergency care now: call your local emergency number.");
        }
        return 0;
    }

    private static CheckInWindow window(String text) {
        if (text == null) {
            throw new UsageError("--window is required with --session: BEFORE, DURING, AFTER_1H or NEXT_MORNING");
        }
        try {
            return CheckInWindow.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UsageError("unknown --window '" + text + "'; known: BEFORE, DURING, AFTER_1H, NEXT_MORNING, "
                    + "DAILY");
        }
    }

    private static LocalDate parseDate(String text) {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UsageError("--date must look like 2026-03-01, was '" + text + "'");
        }
        if (!PlausibleDates.contains(date)) {
            throw new UsageError("--date must be " + PlausibleDates.describe() + ", was '" + text + "'");
        }
        return date;
    }
}
