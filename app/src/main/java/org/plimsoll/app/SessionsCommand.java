package org.plimsoll.app;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.plimsoll.engine.activity.Activity;
import org.plimsoll.engine.checkin.CheckIn;
import org.plimsoll.engine.checkin.CheckInWindow;
import org.plimsoll.engine.unit.Effort;
import org.plimsoll.engine.session.Session;
import org.plimsoll.store.Database;
import org.plimsoll.store.account.Account;
import org.plimsoll.store.checkin.CheckInRepository;
import org.plimsoll.store.session.SessionRepository;
import org.plimsoll.web.json.Json;
import org.plimsoll.web.session.SessionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "sessions", mixinStandardHelpOptions = true,
        description = "List your sessions, newest first, with their check-ins (pain before / during / 1 h after / "
                + "next morning; - where missing).")
final class SessionsCommand extends DatabaseCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Option(names = "--limit", paramLabel = "N", description = "How many (default ${DEFAULT-VALUE}).", defaultValue = "20")
    int limit;

    @Option(names = "--activity", paramLabel = "ACTIVITY", description = "Only this activity.")
    String activity;

    @Option(names = "--json", description = "Print JSON (the API's form) instead of a table.")
    boolean json;

    SessionsCommand(Terminal terminal) {
        super(terminal);
    }

    @Override
    protected int run(Database database) {
        if (limit < 1) {
            throw new UsageError("--limit must be at least 1, was " + limit);
        }
        Optional<Activity> only = Optional.ofNullable(activity).map(a -> Activity.fromCode(a).orElseThrow(() ->
                new UsageError("unknown activity '" + a + "'; known: " + Activity.knownCodes())));
        Account account = account(database);
        List<Session> sessions = new SessionRepository(database).listRecent(account.id(), Integer.MAX_VALUE).stream()
                .filter(s -> only.map(a -> s.activity() == a).orElse(true))
                .limit(limit).toList();
        Map<String, List<CheckIn>> checkIns = new CheckInRepository(database).list(account.id()).stream()
                .filter(c -> c.sessionId().isPresent())
                .collect(Collectors.groupingBy(c -> c.sessionId().get()));
        if (json) {
            try {
                terminal.out().println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(Map.of(
                        "sessions", sessions.stream().map(s -> SessionJson.view(s, checkIns.getOrDefault(s.id(),
                                List.of()))).toList())));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            return 0;
        }
        if (sessions.isEmpty()) {
            terminal.out().println("No sessions yet for " + account.email() + ". Log one: plimsoll log run 30 --effort 4");
            return 0;
        }
        terminal.out().printf("%-6s %-16s %-10s %5s %6s %6s  %s%n", "ID", "START", "ACTIVITY", "MIN", "KM", "EFFORT",
                "PAIN B/D/1H/AM");
        for (Session s : sessions) {
            List<CheckIn> own = checkIns.getOrDefault(s.id(), List.of());
            terminal.out().printf("%-6s %-16s %-10s %5d %6s %6s  %s%n", s.id(), s.start().format(WHEN),
                    s.activity().code(), s.minutes().value(),
                    s.distance().isPresent() ? String.format("%.1f", s.distance().get().km()) : "-",
                    s.rpe().map(Effort::value).map(String::valueOf).orElse("-"),
                    pain(own, CheckInWindow.BEFORE) + "/" + pain(own, CheckInWindow.DURING) + "/"
                            + pain(own, CheckInWindow.AFTER_1H) + "/" + pain(own, CheckInWindow.NEXT_MORNING));
        }
        return 0;
    }

    private static String pain(List<CheckIn> checkIns, CheckInWindow window) {
        return checkIns.stream().filter(c -> c.window() == window).reduce((a, b) -> b)
                .map(c -> String.valueOf(c.pain().value())).orElse("-");
    }
}
