package org.plimsoll.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.plimsoll.formats.json.JsonProblem;
import org.plimsoll.formats.scenario.AssessmentJson;
import org.plimsoll.formats.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Assess a scenario file (a person's history and a date, as JSON) and print the engine's "
                + "full answer as JSON.",
                "Bad input: exit 2, nothing on standard output, one line per problem on standard error."},
        footer = {"", "Example: plimsoll evaluate week.json   (- reads standard input)"})
final class EvaluateCommand implements Callable<Integer> {
    private final Terminal terminal;

    @Parameters(index = "0", paramLabel = "FILE", description = "The scenario file, or - for standard input.")
    String file;

    EvaluateCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        String json;
        if ("-".equals(file)) {
            json = terminal.in().lines().collect(Collectors.joining("\n"));
        } else {
            try {
                json = Files.readString(Path.of(file), StandardCharsets.UTF_8);
            } catch (NoSuchFileException e) {
                throw new UsageError("no such file: " + file);
            }
        }
        ScenarioReader.Result result = ScenarioReader.read(json);
        if (result.scenario().isEmpty()) {
            for (JsonProblem p : result.problems()) {
                terminal.err().println(p);
            }
            return 2;
        }
        var scenario = result.scenario().get();
        terminal.out().print(AssessmentJson.write(scenario));
        return 0;
    }
}
