package org.plimsoll.web.evaluate;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.plimsoll.formats.scenario.AssessmentJson;
import org.plimsoll.formats.scenario.ScenarioReader;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.json.JsonBodies;

/**
 * {@code POST /api/v1/evaluate}: the engine on a scenario sent in the body, exactly as
 * {@code plimsoll evaluate} answers (problems name JSON pointers, as everywhere in the API). It
 * reads and stores nobody's data, so it needs no sign-in.
 */
public final class EvaluateRoutes {
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/evaluate", this::evaluate, Access.PUBLIC);
    }

    private void evaluate(Context ctx) {
        ScenarioReader.Result result = ScenarioReader.read(ctx.body());
        JsonBodies.requireValid(result.problems());
        var scenario = result.scenario().get();
        ctx.contentType("application/json")
                .result(AssessmentJson.write(scenario));
    }
}
