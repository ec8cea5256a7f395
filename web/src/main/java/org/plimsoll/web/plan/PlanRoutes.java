package org.plimsoll.web.plan;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.ContentType;
import org.plimsoll.web.Wiring;
import org.plimsoll.web.auth.Access;
import org.plimsoll.web.auth.Guard;
import org.plimsoll.web.person.Snapshot;

/** The week plan, each session with its three check-in times; and the pacing chart and insights beside it. */
public final class PlanRoutes {
    private final Wiring web;

    public PlanRoutes(Wiring web) {
        this.web = web;
    }

    public void register(RoutesConfig routes) {
        page(routes, "/plan", "plan.jte", "Plan", "plan");
        page(routes, "/pacing", "pacing.jte", "Pacing chart", "pacing");
        page(routes, "/insights", "insights.jte", "Insights", "insights");
        api(routes, "/api/v1/plan", "plan", "phase");
        api(routes, "/api/v1/pacing", "pacing", "baselines");
        api(routes, "/api/v1/insights", "insights", "boomBust");
    }

    private void page(RoutesConfig routes, String path, String template, String title, String section) {
        routes.get(path, ctx -> web.pages().render(ctx, template, title, section, web.snapshots().of(Guard.account(ctx))),
                Access.SIGNED_IN);
    }

    /**
     * The same parts of the assessment the scenario interface writes, under the same names. The answer
     * depends on the assessment alone (made for one day), so its text is written once per assessment and
     * every reader of it until the next write or day gets the same text.
     */
    private void api(RoutesConfig routes, String path, String... fields) {
        routes.get(path, ctx -> {
            Snapshot s = web.snapshots().of(Guard.account(ctx));
            ctx.contentType(ContentType.APPLICATION_JSON).result(s.once(new Answer(path), () -> answer(s, fields)));
        }, Access.SIGNED_IN);
    }

    /** The key of one route's answer among the values kept with an assessment. */
    private record Answer(String path) {
    }

    private String answer(Snapshot s, String... fields) {
        ObjectNode answer = web.json().createObjectNode();
        answer.put("asOf", s.today().toString());
        for (String field : fields) {
            answer.set(field, field.equals("plan") ? PlanProgress.json(s, day -> true) : s.json(field));
        }
        try {
            return web.json().writeValueAsString(answer);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the answer of " + String.join(", ", fields), e);
        }
    }
}
