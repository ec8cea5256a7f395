package org.plimsoll.web.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The static files: made-up names, however many, are not kept; real ones are, once. */
class StaticFilesTest {

    @Test
    void aThousandMadeUpNamesLeaveNothingInMemoryAndARealFileIsKeptOnce() throws Exception {
        StaticFiles files = new StaticFiles();
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            files.register(config.routes);
        }).start("127.0.0.1", 0);
        try {
            HttpClient client = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port();
            for (int i = 0; i < 1000; i++) {
                HttpResponse<Void> missing = client.send(HttpRequest.newBuilder(URI.create(base + "/public/nothing-" + i
                        + ".css")).build(), HttpResponse.BodyHandlers.discarding());
                assertThat(missing.statusCode()).isNotEqualTo(200);
            }
            assertThat(files.kept()).isZero();
            for (int i = 0; i < 3; i++) {
                HttpResponse<String> css = client.send(HttpRequest.newBuilder(URI.create(base + "/public/plimsoll.css"))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertThat(css.statusCode()).isEqualTo(200);
            }
            assertThat(files.kept()).isEqualTo(1);
        } finally {
            app.stop();
        }
    }
}
