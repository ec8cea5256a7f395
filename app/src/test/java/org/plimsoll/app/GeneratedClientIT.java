package org.plimsoll.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.plimsoll.client.ApiClient;
import org.plimsoll.client.ApiException;
import org.plimsoll.client.api.AccountsApi;
import org.plimsoll.client.api.CheckInsApi;
import org.plimsoll.client.api.SessionsApi;
import org.plimsoll.client.api.TodayApi;
import org.plimsoll.client.model.AccountInput;
import org.plimsoll.client.model.ActivityLevel;
import org.plimsoll.client.model.CheckIn;
import org.plimsoll.client.model.CheckInInput;
import org.plimsoll.client.model.NewToken;
import org.plimsoll.client.model.Session;
import org.plimsoll.client.model.SessionInput;
import org.plimsoll.client.model.Today;
import org.plimsoll.client.model.TokenRequest;

/**
 * The OpenAPI document is something others can build on: a Java client generated from it by the
 * standard generator (openapi-generator, at build time) signs up, logs a run, checks in and reads
 * Today from the packaged server, with nothing written by hand but this test.
 */
class GeneratedClientIT {
    private static ApiClient client(ServedJar server, String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(server.url());
        if (token != null) {
            client.setRequestInterceptor(r -> r.header("Authorization", "Bearer " + token));
        }
        return client;
    }

    @Test
    void aGeneratedClientSignsUpLogsChecksInAndReadsToday(@TempDir Path dataDir) throws Exception {
        try (ServedJar server = ServedJar.start(dataDir, Map.of())) {
            ApiClient anonymous = client(server, null);
            AccountsApi accounts = new AccountsApi(anonymous);
            accounts.createAccount(new AccountInput().email("client@example.org").password("correct horse battery")
                    .timezone("Europe/Berlin"));
            NewToken token = accounts.createTokenWithPassword(new TokenRequest().email("client@example.org")
                    .password("correct horse battery").name("generated client"));
            assertThat(token.getToken()).startsWith("plm_");

            ApiClient signedIn = client(server, token.getToken());
            Session run = new SessionsApi(signedIn).createSession(new SessionInput().activity(SessionInput.ActivityEnum.RUN)
                    .minutes(25).rpe(4).runType(SessionInput.RunTypeEnum.EASY), "client-run-1");
            assertThat(run.getActivity()).isEqualTo(Session.ActivityEnum.RUN);
            assertThat(run.getSource()).isEqualTo(Session.SourceEnum.MANUAL);

            CheckIn hourAfter = new CheckInsApi(signedIn).createSessionCheckIn(run.getId(),
                    new CheckInInput().window(CheckInInput.WindowEnum.AFTER_1_H).pain(2), null);
            assertThat(hourAfter.getSessionId()).isEqualTo(run.getId());
            assertThat(new SessionsApi(signedIn).getSession(run.getId()).getCheckins()).hasSize(1);

            Today today = new TodayApi(signedIn).getToday();
            assertThat(today.getTimezone()).isEqualTo("Europe/Berlin");
            assertThat(today.getActivities()).extracting(ActivityLevel::getActivity)
                    .containsExactly(ActivityLevel.ActivityEnum.RUN);
            assertThat(today.getDue()).as("the run's next morning is not due yet, its hour-after is in")
                    .noneMatch(d -> run.getId().equals(d.getSessionId()));

            // The documented problems come back as the documented statuses.
            assertThatThrownBy(() -> new SessionsApi(signedIn).getSession("999999"))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(404));
            assertThatThrownBy(() -> new TodayApi(anonymous).getToday())
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
        }
    }
}
