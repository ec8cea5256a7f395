package org.plimsoll.formats.export;

import java.util.List;
import org.plimsoll.formats.json.JsonProblem;

/** A file that cannot be restored, with every problem found in it; nothing has been written. */
public final class ExportRefused extends RuntimeException {
    private final List<JsonProblem> problems;

    public ExportRefused(List<JsonProblem> problems) {
        super(problems.size() + (problems.size() == 1 ? " problem" : " problems") + ": "
                + String.join("; ", problems.stream().limit(5).map(JsonProblem::toString).toList())
                + (problems.size() > 5 ? "; ..." : ""));
        this.problems = List.copyOf(problems);
    }

    public List<JsonProblem> problems() {
        return problems;
    }
}
