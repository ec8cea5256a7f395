package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API description passes Redocly's recommended rules with no error and no warning. */
class OpenApiLintTest {
    @Test
    void theApiDescriptionPassesRedoclysRecommendedRulesWithoutAWarning(@TempDir Path dir) throws IOException {
        InstalledTool redocly = InstalledTool.require("redocly", "npm install -g @redocly/cli@2.77.0");
        Path document = dir.resolve("openapi.json");
        try (InputStream in = OpenApiLintTest.class.getResourceAsStream("/org/plimsoll/web/openapi/openapi.json")) {
            Files.writeString(document, new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${version}", "1.0.0"));
        }
        InstalledTool.Run lint = redocly.run("lint", document.toString(), "--extends=recommended", "--format=stylish");
        assertThat(lint.exitCode()).as(lint.output()).isZero();
        // The linter's own notices (a Node.js deprecation, say) are not findings; its count of findings is.
        assertThat(lint.output()).as(lint.output()).contains("is valid").doesNotContainPattern("You have \\d+ warning");
    }
}
