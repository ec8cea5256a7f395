package org.plimsoll.web.evaluate;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import org.plimsoll.engine.assessment.Assessment;
import org.plimsoll.formats.scenario.AssessmentJson;
import org.plimsoll.formats.scenario.ScenarioReader;
import org.plimsoll.web.problem.FieldError;
import org.plimsoll.web.problem.Problem;

/**
 * {@code POST /api/v1/evaluate}: the engine on a scenario sent in the body, exactly as
 * {@code plimsoll evaluate} answers. It reads and stores nobody's data, so it needs no sign-in.
 */
public final class EvaluateRoutes {
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/evaluate", this::evaluate);
    }

    private void evaluate(Context ctx) {
        ScenarioReader.Result result = ScenarioReader.read(ctx.body());
        if (result.scenario().isEmpty()) {
            List<FieldError> errors = result.problems().stream().map(p -> new FieldError(p.path(), p.message())).toList();
            throw Problem.invalid(errors);
        }
        var scenario = result.scenario().get();
        ctx.contentType("application/json")
                .result(AssessmentJson.write(Assessment.derivedFrom(scenario.history(), scenario.asOf())));
    }
}
