package org.plimsoll.app;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.history.PlausibleDates;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.session.RunType;
import org.plimsoll.engine.session.Session;
import org.plimsoll.engine.session.Source;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.profile.ProfileRepository;
import org.plimsoll.store.session.SessionRepository;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import org.plimsoll.engine.unit.Distance;
import org.plimsoll.engine.unit.Minutes;

@Command(name = "log", mixinStandardHelpOptions = true, description = "Log a training session.",
        footer = {"", "Example: plimsoll log run 30 --effort 4 --distance 5.2 --run-type easy"})
final class LogCommand extends DatabaseCommand {
    @Parameters(index = "0", paramLabel = "ACTIVITY", description = "run, walk, cycle, swim, row, golf, tennis, "
            + "strength, yoga, ... (all: ${sys:plimsoll.activities})")
    String activity;

    @Parameters(index = "1", paramLabel = "MINUTES", description = "How long it lasted, in minutes.")
    int minutes;

    // --rpe, the name before the word "effort", still works for scripts written with it; help shows --effort.
    @Option(names = {"--effort", "--rpe"}, paramLabel = "0-10",
            description = "Effort: how hard it felt, 0 rest to 10 the hardest you can.")
    Integer rpe;

    @Option(names = "--distance", paramLabel = "KM", description = "Distance in kilometres.")
    Double distanceKm;

    @Option(names = "--run-type", paramLabel = "TYPE", description = "easy, long, tempo, intervals or hills.")
    String runType;

    @Option(names = "--hills", description = "Hilly or downhill.")
    boolean hills;

    @Option(names = "--at", paramLabel = "WHEN", description = "Start, e.g. 2026-03-01T07:00 (your zone) or "
            + "2026-03-01T07:00:00Z. Default: now.")
    String at;

    LogCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    protected int run(Database database) {
        Activity kind = Activity.fromCode(activity).orElseThrow(() -> new UsageError(
                "unknown activity '" + activity + "'; known: " + Activity.knownCodes()));
        if (minutes < 0 || minutes > 24 * 60) {
            throw new UsageError("MINUTES must be 0–1440, was " + minutes);
        }
        if (rpe != null && (rpe < 0 || rpe > 10)) {
            throw new UsageError("--effort must be 0–10, was " + rpe);
        }
        if (distanceKm != null && (distanceKm < 0 || distanceKm > 1000)) {
            throw new UsageError("--distance must be 0–1000 km, was " + distanceKm);
        }
        Optional<RunType> type = Optional.ofNullable(runType).map(t -> RunType.fromCode(t).orElseThrow(() ->
                new UsageError("unknown --run-type '" + t + "'; known: easy, long, tempo, intervals, hills")));
        if (type.isPresent() && kind != Activity.RUN) {
            throw new UsageError("--run-type applies only to run");
        }
        Account account = account(database);
        ZoneId zone = new ProfileRepository(database).zoneOf(account.id());
        ZonedDateTime start = start(zone);
        Session session = new Session("new", kind, start, new Minutes(minutes),
                distanceKm == null ? Optional.empty() : Optional.of(Distance.ofKm(distanceKm)),
                rpe == null ? Optional.empty() : Optional.of(new Effort(rpe)), false, type, hills, Optional.empty(),
                Optional.empty(), List.of(), Source.MANUAL);
        Session stored = new SessionRepository(database).add(account.id(), session, Optional.empty(),
                terminal.clock().instant());
        terminal.out().println("Logged session " + stored.id() + ": " + kind.code() + ", " + minutes + " min"
                + (rpe == null ? "" : ", effort " + rpe)
                + (distanceKm == null ? "" : ", " + distanceKm + " km")
                + ", " + start.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")) + " (" + zone.getId() + ")");
        terminal.out().println("Check in on it: plimsoll checkin --session " + stored.id()
                + " --window DURING --pain N");
        return 0;
    }

    private ZonedDateTime start(ZoneId zone) {
        if (at == null) {
            return terminal.clock().instant().atZone(zone);
        }
        ZonedDateTime start;
        try {
            start = OffsetDateTime.parse(at).atZoneSameInstant(zone);
        } catch (java.time.DateTimeException notOffset) {
            try {
                start = LocalDateTime.parse(at).atZone(zone);
            } catch (java.time.DateTimeException e) {
                throw new UsageError("--at must look like 2026-03-01T07:00 or 2026-03-01T07:00:00Z, was '" + at + "'");
            }
        }
        if (!PlausibleDates.contains(start.toOffsetDateTime())) {
            throw new UsageError("--at must be " + PlausibleDates.describe() + ", was '" + at + "'");
        }
        return start;
    }
}
