package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.HandlerType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;

/**
 * Walks every route the server registers: as person A against each of person B's resources (404,
 * exactly like a missing one), anonymously (refused unless the route is public), with a cookie but
 * no CSRF token (refused), and checks that the OpenAPI document names every API route.
 */
class RouteWalkTest {
    /** Routes anyone may use without signing in. */
    private static final Set<String> PUBLIC = Set.of("GET /", "GET /signin", "POST /signin", "GET /signup",
            "POST /signup", "POST /signout", "GET /healthz", "GET /metrics", "POST /api/v1/accounts",
            "POST /api/v1/auth/token", "POST /api/v1/evaluate", "GET /api/openapi.json", "GET /api/docs", "GET /sw.js",
            "GET /manifest.webmanifest", "GET /public/<path>", "GET /webjars/<path>", "GET /calendar/{secret}", "GET /shared/{secret}",
            "GET /forgot", "POST /forgot", "GET /reset/{secret}", "POST /reset/{secret}");

    private record Route(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private static List<Route> routes(TestServer server) {
        List<Route> routes = new ArrayList<>();
        server.app.unsafe.internalRouter.allHttpHandlers().forEach(parsed -> {
            HandlerType type = parsed.endpoint.method;
            if (type == HandlerType.GET || type == HandlerType.POST || type == HandlerType.PUT
                    || type == HandlerType.DELETE || type == HandlerType.PATCH) {
                routes.add(new Route(type.name(), parsed.endpoint.path));
            }
        });
        return routes;
    }

    /**
     * Every route declares who may use it, once, where it is registered; the routes declared public
     * are exactly those this test calls public, and the files a shared report needs are open to all.
     */
    @OnBothDatabases
    void everyRouteDeclaresItsAccessAndThePublicOnesAreExactlyTheKnownOnes(Database db) {
        // With e-mail configured, so that the pages only a mailing server has are walked too; nothing is sent.
        try (org.plimsoll.web.mail.Mailer mail = new org.plimsoll.web.mail.Mailer(new org.plimsoll.web.mail.MailSettings(
                "127.0.0.1", 9, java.util.Optional.empty(), java.util.Optional.empty(), "plimsoll@example.org", true));
             TestServer server = new TestServer(db, new MovingClock(TestServer.NOW), java.util.Optional.of(mail))) {
            Set<String> declaredPublic = new TreeSet<>();
            List<String> undeclared = new ArrayList<>();
            server.app.unsafe.internalRouter.allHttpHandlers().forEach(parsed -> {
                HandlerType type = parsed.endpoint.method;
                if (type != HandlerType.GET && type != HandlerType.POST && type != HandlerType.PUT
                        && type != HandlerType.DELETE && type != HandlerType.PATCH) {
                    return;
                }
                io.javalin.security.Roles roles = parsed.endpoint.metadata(io.javalin.security.Roles.class);
                Set<io.javalin.security.RouteRole> declared = roles == null ? Set.of() : roles.getRoles();
                String route = type.name() + " " + parsed.endpoint.path;
                if (declared.size() != 1) {
                    undeclared.add(route + " " + declared);
                } else if (declared.contains(org.plimsoll.web.auth.Access.PUBLIC)) {
                    declaredPublic.add(route);
                }
            });
            assertThat(undeclared).as("routes without exactly one Access").isEmpty();
            assertThat(declaredPublic).isEqualTo(new TreeSet<>(PUBLIC));
            TestServer.Answer style = server.send("GET", "/public/report.css", null, Map.of());
            assertThat(style.status()).isEqualTo(200);
            assertThat(style.header("Content-Type")).startsWith("text/css");
            assertThat(server.send("GET", "/public/report.css", null, Map.of("If-None-Match", style.header("ETag")))
                    .status()).isEqualTo(304);
            TestServer.Answer htmx = server.send("GET", "/webjars/htmx.org/2.0.10/dist/htmx.min.js", null, Map.of());
            assertThat(htmx.status()).isEqualTo(200);
            assertThat(htmx.header("Content-Type")).startsWith("text/javascript");
            // Only files below their roots: no way up to the class path's other resources, no other kinds.
            for (String attack : List.of("/public/..%2Forg%2Fplimsoll%2Fweb%2Fopenapi%2Fopenapi.json",
                    "/public/%2E%2E/META-INF/MANIFEST.MF", "/webjars/..%2F..%2F..%2Flogback.xml",
                    "/public/%2Fetc%2Fpasswd.css", "/public/nothing-here.css", "/public/app.js%00.css",
                    "/public/org/plimsoll/web/WebApp.class")) {
                assertThat(server.send("GET", attack, null, Map.of()).status()).as(attack).isIn(400, 404);
            }
        }
    }

    private static final String SESSION = "{\"activity\":\"run\",\"minutes\":30,\"rpe\":3,"
            + "\"start\":\"2026-02-27T18:00:00Z\"}";

    /**
     * Clinician × patient × every route: a clinician reaches a person only through the care routes,
     * only while the person's invitation stands, never through the person's own routes, and another
     * clinician not at all.
     */
    @OnBothDatabases
    void aClinicianReachesAPersonOnlyThroughTheCareRoutesAndOnlyWhileInvited(Database db) {
        try (TestServer server = new TestServer(db)) {
            String benToken = server.signUp("ben@example.org");
            String ben = server.get("/api/v1/me", benToken).json().get("id").asText();
            String benSession = server.post("/api/v1/sessions", SESSION, benToken).json().get("id").asText();
            String benTokenId = server.get("/api/v1/tokens", benToken).json().get("tokens").get(0).get("id").asText();
            Map<String, String> clinicians = new java.util.LinkedHashMap<>();
            for (String email : List.of("cleo@example.org", "dan@example.org")) {
                server.post("/api/v1/accounts", "{\"email\":\"" + email + "\",\"password\":\"correct horse battery\","
                        + "\"clinician\":true}", null);
                clinicians.put(email, server.post("/api/v1/auth/token", "{\"email\":\"" + email
                        + "\",\"password\":\"correct horse battery\"}", null).json().get("token").asText());
            }
            String cleo = clinicians.get("cleo@example.org");
            String dan = clinicians.get("dan@example.org");
            String code = server.post("/api/v1/care/invitations", null, benToken).json().get("code").asText();
            assertThat(server.post("/api/v1/care/accept", "{\"code\":\"" + code + "\"}", cleo).status()).isEqualTo(201);

            List<Route> care = new ArrayList<>();
            for (Route route : routes(server)) {
                if (!route.path().contains("{id}")) {
                    continue;
                }
                if (route.path().contains("/care/patients/{id}")) {
                    care.add(route);
                    continue;
                }
                String id = route.path().contains("token") ? benTokenId : route.path().contains("/care/access") ? "1"
                        : benSession;
                String path = route.path().replace("{id}", id);
                String body = route.method().equals("GET") || route.method().equals("DELETE") ? null
                        : route.path().endsWith("checkins") ? "{\"window\":\"AFTER_1H\",\"pain\":1}" : SESSION;
                assertThat(server.send(route.method(), path, body, Map.of("Authorization", "Bearer " + cleo)).status())
                        .as("%s with Ben's ids and Ben's clinician's token", route).isEqualTo(404);
            }
            assertThat(care).as("the care routes of one person").hasSizeGreaterThanOrEqualTo(6);
            // Each settings change a new hold length, so that none is refused as "nothing changed".
            java.util.concurrent.atomic.AtomicInteger hold = new java.util.concurrent.atomic.AtomicInteger(14);
            // One alternation per decision kind, so that each call changes its own value.
            Map<String, java.util.concurrent.atomic.AtomicInteger> flips = new java.util.HashMap<>();
            java.util.function.BiFunction<Route, String, Integer> asClinician = (route, token) -> {
                int days = 15 + hold.getAndIncrement() % 7;
                String path = route.path().replace("{id}", ben);
                // Irritability alternates too; a level and the decisions take their own fields and a reason.
                String kind = path.substring(path.lastIndexOf('/') + 1);
                boolean alternate = token.equals(cleo) && (kind.equals("irritability") || kind.equals("check-ups"))
                        && flips.computeIfAbsent(kind, k -> new java.util.concurrent.atomic.AtomicInteger())
                        .getAndIncrement() % 2 == 1;
                String irritability = alternate ? "LOW" : "HIGH";
                int everyDays = alternate ? 21 : 28;
                String body = route.method().equals("GET") ? null : path.endsWith("notes") ? "{\"text\":\"seen\"}"
                        : path.endsWith("irritability") ? "{\"irritability\":\"" + irritability + "\",\"reason\":\"walk\"}"
                        : path.endsWith("check-ups") ? "{\"everyDays\":" + everyDays + ",\"reason\":\"walk\"}"
                        : path.endsWith("experiment-suggestions") ? "{\"activity\":\"run\",\"conditions\":[\"morning\",\"evening\"]}"
                        : path.matches(".*/(flare|flare/end|clearance)$") ? "{\"reason\":\"walk\"}"
                        : path.endsWith("levels") ? "{\"activity\":\"run\",\"sessionsPerWeek\":2,\"minutes\":20,"
                        + "\"effortCap\":3,\"reason\":\"walk\"}"
                        : "{\"holdDays\":" + days + ",\"reason\":\"walk\"}";
                if (!path.startsWith("/api/")) {
                    return server.send(route.method(), path, body == null ? null : "text=seen&holdDays=" + days
                                    + "&reason=walk&irritability=" + irritability
                                    + "&activity=run&sessionsPerWeek=2&minutes=20&effortCap=3&everyDays=" + everyDays
                                    + "&question=time-of-day&weeks=6",
                            Map.of("Authorization", "Bearer " + token, "Content-Type", "application/x-www-form-urlencoded",
                                    "Origin", server.base)).status();
                }
                return server.send(route.method(), path, body, Map.of("Authorization", "Bearer " + token)).status();
            };
            for (Route route : care) {
                // A flare's start or end and a clearance fit only some moments: 409 then still shows the way in.
                boolean momentary = route.path().matches(".*/(flare|flare/end|clearance)$");
                assertThat(asClinician.apply(route, cleo)).as("%s while invited", route)
                        .isIn(momentary ? List.of(200, 201, 303, 409) : List.of(200, 201, 303));
                assertThat(asClinician.apply(route, dan)).as("%s by another clinician", route).isEqualTo(404);
                assertThat(asClinician.apply(route, benToken)).as("%s by the person's own account", route).isEqualTo(404);
            }
            String access = server.get("/api/v1/care/access", benToken).json().at("/clinicians/0/id").asText();
            assertThat(server.send("DELETE", "/api/v1/care/access/" + access, null,
                    Map.of("Authorization", "Bearer " + benToken)).status()).isEqualTo(204);
            for (Route route : care) {
                assertThat(asClinician.apply(route, cleo)).as("%s after the person ended it", route).isEqualTo(404);
            }
        }
    }

    @OnBothDatabases
    void everyRouteKeepsOnePersonsDataFromAnother(Database db) {
        try (TestServer server = new TestServer(db)) {
            String anaToken = server.signUp("ana@example.org");
            TestServer.Browser ana = server.signInBrowser("ana@example.org");
            String benToken = server.signUp("ben@example.org");
            String benSession = server.post("/api/v1/sessions", SESSION, benToken).json().get("id").asText();
            server.post("/api/v1/sessions/" + benSession + "/checkins", "{\"window\":\"BEFORE\",\"pain\":2}", benToken);
            String benTokenId = server.get("/api/v1/tokens", benToken).json().get("tokens").get(0).get("id").asText();

            List<String> walked = new ArrayList<>();
            for (Route route : routes(server)) {
                if (!route.path().contains("{id}")) {
                    continue;
                }
                String id = route.path().contains("token") ? benTokenId : benSession;
                String path = route.path().replace("{id}", id);
                boolean api = path.startsWith("/api/");
                String body = route.method().equals("GET") || route.method().equals("DELETE") ? null
                        : route.path().endsWith("checkins") ? "{\"window\":\"AFTER_1H\",\"pain\":1}" : SESSION;
                TestServer.Answer asToken = server.send(route.method(), path, body,
                        Map.of("Authorization", "Bearer " + anaToken));
                TestServer.Answer asBrowser = api ? ana.json(route.method(), path, body)
                        : route.method().equals("GET") ? ana.get(path) : ana.form(path, "minutes", "10");
                assertThat(asToken.status()).as("%s with A's token", route).isEqualTo(404);
                assertThat(asBrowser.status()).as("%s from A's browser", route).isEqualTo(404);
                walked.add(route.toString());
            }
            assertThat(walked).as("routes with an id").hasSizeGreaterThanOrEqualTo(11);

            // B's data is untouched and A's lists do not show it.
            JsonNode benSessions = server.get("/api/v1/sessions", benToken).json().get("sessions");
            assertThat(benSessions).hasSize(1);
            assertThat(benSessions.get(0).get("checkins")).hasSize(1);
            assertThat(server.get("/api/v1/tokens", benToken).json().get("tokens").get(0).get("revokedAt").isNull()).isTrue();
            assertThat(server.get("/api/v1/sessions", anaToken).json().get("sessions")).isEmpty();
            assertThat(server.get("/api/v1/history", anaToken).json().get("history")).isEmpty();
            assertThat(ana.get("/history").body()).doesNotContain("/sessions/" + benSession);
            assertThat(server.post("/api/v1/checkins", "{\"window\":\"AFTER_1H\",\"pain\":1,\"sessionId\":\"" + benSession
                    + "\"}", anaToken).status()).isEqualTo(400);
        }
    }

    @OnBothDatabases
    void everyPrivateRouteRefusesStrangersAndCookieWritesWithoutTheCsrfToken(Database db) {
        try (TestServer server = new TestServer(db)) {
            server.signUp("ana@example.org");
            TestServer.Browser ana = server.signInBrowser("ana@example.org");
            for (Route route : routes(server)) {
                String path = route.path().replace("{id}", "1").replace("{secret}", "no-such-secret")
                        .replace("<path>", "plimsoll.css");
                boolean isPublic = PUBLIC.contains(route.toString()) || route.path().startsWith("/webjars")
                        || route.path().startsWith("/public");
                TestServer.Answer stranger = server.send(route.method(), path,
                        route.method().equals("GET") ? null : "{}", Map.of());
                assertThat(stranger.header("Content-Security-Policy")).as("%s headers", route).contains("frame-ancestors 'none'");
                assertThat(stranger.header("X-Content-Type-Options")).isEqualTo("nosniff");
                if (!isPublic) {
                    if (route.method().equals("GET") && !path.startsWith("/api/")) {
                        assertThat(stranger.status()).as("%s for a stranger", route).isEqualTo(303);
                        assertThat(stranger.header("Location")).startsWith("/signin?next=");
                    } else {
                        assertThat(stranger.status()).as("%s for a stranger", route).isEqualTo(401);
                    }
                }
                if (!route.method().equals("GET") && !isPublic) {
                    TestServer.Answer forged = server.send(route.method(), path, "pain=3",
                            Map.of("Cookie", ana.cookie(), "Origin", server.base,
                                    "Content-Type", "application/x-www-form-urlencoded"));
                    assertThat(forged.status()).as("%s without the CSRF token", route).isEqualTo(403);
                }
            }
        }
    }

    @OnBothDatabases
    void theOpenApiDocumentNamesEveryApiRoute(Database db) {
        try (TestServer server = new TestServer(db)) {
            JsonNode doc = server.get("/api/openapi.json", null).json();
            assertThat(doc.get("openapi").asText()).startsWith("3.");
            Set<String> documented = new TreeSet<>();
            doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
                    .forEachRemaining(m -> documented.add(m.toUpperCase() + " " + p.getKey())));
            Set<String> served = new TreeSet<>();
            routes(server).stream().filter(r -> r.path().startsWith("/api/v1/")).forEach(r -> served.add(r.toString()));
            assertThat(documented).isEqualTo(served);
            assertThat(server.send("GET", "/api/docs", null, Map.of()).header("Location")).isEqualTo("/public/api.html");
        }
    }
}
