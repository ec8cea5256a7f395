package org.plimsoll.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.plimsoll.store.Database;
import org.plimsoll.store.testing.OnBothDatabases;
import org.plimsoll.web.auth.SignInLimit;

/** Attacks on sign-in and sign-up by many parallel requests (docs/security.md). */
class SignInRaceTest {

    private static List<TestServer.Answer> parallel(int n, java.util.function.IntFunction<TestServer.Answer> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<TestServer.Answer>> answers = IntStream.range(0, n)
                    .mapToObj(i -> pool.submit(() -> request.apply(i))).toList();
            List<TestServer.Answer> done = new java.util.ArrayList<>();
            for (Future<TestServer.Answer> a : answers) {
                done.add(a.get());
            }
            return done;
        } finally {
            pool.shutdownNow();
        }
    }

    @OnBothDatabases
    void fortyParallelWrongPasswordsAreCheckedAtMostFiveTimes(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            server.signUp("ana@example.org");
            List<TestServer.Answer> answers = parallel(40, i -> server.post("/api/v1/auth/token",
                    "{\"email\":\"ana@example.org\",\"password\":\"wrong password " + i + "\"}", null));
            assertThat(answers).extracting(TestServer.Answer::status).containsOnly(401, 429);
            assertThat(answers).filteredOn(a -> a.status() == 401).hasSizeLessThanOrEqualTo(SignInLimit.PER_ACCOUNT);
            assertThat(answers).filteredOn(a -> a.status() == 429).allSatisfy(a ->
                    assertThat(a.header("Retry-After")).isNotNull());
        }
    }

    @OnBothDatabases
    void parallelSignUpsFromOneAddressNeverFailAndStopAtTheLimit(Database db) throws Exception {
        try (TestServer server = new TestServer(db)) {
            String ana = server.signUp("ana@example.org");
            List<TestServer.Answer> answers = parallel(32, i -> server.post("/api/v1/accounts",
                    "{\"email\":\"p" + i + "@example.org\",\"password\":\"correct horse battery\"}", null));
            assertThat(answers).extracting(TestServer.Answer::status).containsOnly(201, 429);
            // ana's own sign-up counted too.
            assertThat(answers).filteredOn(a -> a.status() == 201)
                    .hasSizeLessThanOrEqualTo(SignInLimit.SIGN_UPS_PER_ADDRESS - 1);
            assertThat(answers).filteredOn(a -> a.status() == 429).isNotEmpty().allSatisfy(a ->
                    assertThat(a.header("Retry-After")).isNotNull());
            assertThat(server.get("/api/v1/today", ana).status()).isEqualTo(200);
            TestServer.Answer page = server.send("POST", "/signup", "email=late%40example.org&password=correct+horse+battery",
                    Map.of("Origin", server.base, "Content-Type", "application/x-www-form-urlencoded", "Accept", "text/html"));
            assertThat(page.status()).isEqualTo(429);
            assertThat(page.body()).contains("too many new accounts from this network address");
        }
    }
}
