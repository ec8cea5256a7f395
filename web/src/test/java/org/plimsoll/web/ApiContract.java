package org.plimsoll.web;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every answer an HTTP test receives from {@code /api/v1} is checked against the OpenAPI document
 * the server serves: its status must be documented for that operation, and its body must match the
 * documented schema. A test that gets an undocumented answer fails where it made the request.
 */
final class ApiContract {
    /** Paths the document does not describe at all are the hostile-input tests' business, not the contract's. */
    private static final Set<String> NOT_THE_CONTRACT = Set.of("validation.response.path.missing",
            "validation.request.path.missing", "validation.response.operation.notAllowed",
            "validation.request.operation.notAllowed");
    /** A made-up method gets the server's one general 405; the document describes the methods a route has. */
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH");
    private static volatile OpenApiInteractionValidator validator;

    private ApiContract() {
    }

    static void check(TestServer server, String method, URI uri, HttpResponse<String> response) {
        if (!uri.getPath().startsWith("/api/v1/") || !METHODS.contains(method)) {
            return;
        }
        SimpleResponse.Builder answer = SimpleResponse.Builder.status(response.statusCode());
        response.headers().map().forEach((name, values) -> answer.withHeader(name, values));
        if (!response.body().isEmpty()) {
            answer.withBody(response.body());
        }
        ValidationReport report = validator(server).validateResponse(uri.getPath(), Request.Method.valueOf(method),
                answer.build());
        List<ValidationReport.Message> wrong = report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR && !NOT_THE_CONTRACT.contains(m.getKey()))
                .toList();
        if (!wrong.isEmpty()) {
            throw new AssertionError(method + " " + uri.getPath() + " answered " + response.statusCode()
                    + " outside the OpenAPI document:\n" + wrong.stream().map(m -> "  " + m.getKey() + ": " + m.getMessage())
                    .collect(Collectors.joining("\n")) + "\nbody: " + abbreviate(response.body()));
        }
    }

    private static OpenApiInteractionValidator validator(TestServer server) {
        OpenApiInteractionValidator v = validator;
        if (v == null) {
            synchronized (ApiContract.class) {
                if (validator == null) {
                    validator = OpenApiInteractionValidator.createForInlineApiSpecification(server.openApiDocument())
                            .build();
                }
                v = validator;
            }
        }
        return v;
    }

    private static String abbreviate(String body) {
        return body.length() <= 2000 ? body : body.substring(0, 2000) + "…";
    }
}
