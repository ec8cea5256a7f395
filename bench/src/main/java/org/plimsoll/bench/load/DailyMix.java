package org.plimsoll.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The day's use, from many clients at once for a fixed time: each person, picked at random, takes
 * the next step of their day (Today, the morning check-in, the plan, a session, Today again, who
 * they are), and a share of requests is a clinician, picked at random, opening their caseload.
 * Clients are spread over the instances in turn.
 */
final class DailyMix {
    enum Route {
        ME("GET /api/v1/me"), TODAY("GET /api/v1/today"), CHECK_IN("POST /api/v1/checkins"),
        PLAN("GET /api/v1/plan"), SESSION("POST /api/v1/sessions"), CASELOAD("GET /api/v1/care/patients (a caseload)");

        final String label;

        Route(String label) {
            this.label = label;
        }
    }

    /** A person's day, in order; each pick of a person takes their next step. */
    private static final Route[] DAY = {Route.TODAY, Route.CHECK_IN, Route.PLAN, Route.SESSION, Route.TODAY, Route.ME};

    record Figures(Route route, long requests, long errors, double seconds, long[] sortedNanos) {
        double perSecond() {
            return requests / seconds;
        }

        double meanMs() {
            long sum = 0;
            for (long t : sortedNanos) {
                sum += t;
            }
            return sortedNanos.length == 0 ? 0 : sum / 1e6 / sortedNanos.length;
        }

        double percentileMs(double p) {
            return sortedNanos.length == 0 ? 0
                    : sortedNanos[Math.min(sortedNanos.length - 1, (int) Math.ceil(p * sortedNanos.length) - 1)] / 1e6;
        }
    }

    /** A measured request not answered in a minute counts as an error of its route. */
    static final Duration ANSWER_WITHIN = Duration.ofSeconds(60);

    /**
     * Opening a caseload for the first time computes all its people's rows while the others are
     * being opened too: slow, not measured, and not an error unless it never answers.
     */
    static final Duration PRIMING_WITHIN = Duration.ofMinutes(10);

    /** Set on Ctrl-C: the clients stop asking, so that the instances can stop at once. */
    private static final java.util.concurrent.atomic.AtomicBoolean STOPPED = new java.util.concurrent.atomic.AtomicBoolean();

    private DailyMix() {
    }

    static void stopAll() {
        STOPPED.set(true);
    }

    static boolean stopped() {
        return STOPPED.get();
    }

    /**
     * Opens every clinician's caseload once, before the warm-up: the harness stores people's rows
     * directly, so nobody's caseload attention has been computed yet, where in real use each person's
     * writes computed theirs as they went (docs/care.md). Not measured; a few at a time, with progress.
     */
    static void primeCaseloads(List<String> bases, Population population, java.io.PrintStream out) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        List<String> clinicians = population.clinicians();
        java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(2 * bases.size());
        try {
            List<Future<Integer>> opened = new ArrayList<>();
            for (int c = 0; c < clinicians.size(); c++) {
                String base = bases.get(c % bases.size());
                String token = clinicians.get(c);
                opened.add(pool.submit(() -> {
                    HttpRequest request = request(base, Route.CASELOAD, token, ThreadLocalRandom.current(),
                            PRIMING_WITHIN);
                    int status = STOPPED.get() ? -1 : http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                    int n = done.incrementAndGet();
                    if (n % 10 == 0 || n == clinicians.size()) {
                        out.printf("  caseloads opened once: %d of %d (%.0f s)%n", n, clinicians.size(),
                                (System.nanoTime() - t0) / 1e9);
                    }
                    return status;
                }));
            }
            for (Future<Integer> f : opened) {
                int status = f.get();
                if (status != 200 && !STOPPED.get()) {
                    throw new IllegalStateException("opening a caseload before the run answered " + status);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    static List<Figures> run(List<String> bases, Population population, int clients, double caseloadShare,
                             Duration duration) throws Exception {
        ExecutorService io = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(io).build();
        // People start their day at different steps, so that every step is in the mix from the first second.
        AtomicIntegerArray steps = new AtomicIntegerArray(population.people().size());
        for (int i = 0; i < steps.length(); i++) {
            steps.set(i, i % DAY.length);
        }
        AtomicLong errorsShown = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<Map<Route, long[]>>> parts = new ArrayList<>();
        List<Future<long[]>> errorParts = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            String base = bases.get(c % bases.size());
            long[] errors = new long[Route.values().length];
            parts.add(pool.submit(() -> {
                Map<Route, long[]> times = new EnumMap<>(Route.class);
                Map<Route, Integer> counts = new EnumMap<>(Route.class);
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end && !STOPPED.get()) {
                    Route route;
                    String token;
                    if (random.nextDouble() < caseloadShare) {
                        route = Route.CASELOAD;
                        token = population.clinicians().get(random.nextInt(population.clinicians().size()));
                    } else {
                        int person = random.nextInt(population.people().size());
                        route = DAY[steps.getAndIncrement(person) % DAY.length];
                        token = population.people().get(person);
                    }
                    HttpRequest request = request(base, route, token, random, ANSWER_WITHIN);
                    long t0 = System.nanoTime();
                    int status;
                    String body = "";
                    try {
                        HttpResponse<String> answer = http.send(request, HttpResponse.BodyHandlers.ofString());
                        status = answer.statusCode();
                        body = answer.body();
                    } catch (java.io.IOException e) {
                        status = -1;
                        body = e.toString();
                    }
                    long took = System.nanoTime() - t0;
                    if (status < 200 || status >= 300) {
                        errors[route.ordinal()]++;
                        if (errorsShown.incrementAndGet() <= 5) {
                            System.out.printf("  error: %s -> %d %s%n", route.label, status,
                                    body.substring(0, Math.min(200, body.length())));
                        }
                    }
                    long[] mine = times.computeIfAbsent(route, r -> new long[1024]);
                    int n = counts.getOrDefault(route, 0);
                    if (n == mine.length) {
                        mine = Arrays.copyOf(mine, n * 2);
                        times.put(route, mine);
                    }
                    mine[n] = took;
                    counts.put(route, n + 1);
                }
                times.replaceAll((r, t) -> Arrays.copyOf(t, counts.get(r)));
                return times;
            }));
            errorParts.add(java.util.concurrent.CompletableFuture.completedFuture(errors));
        }
        Map<Route, long[]> all = new EnumMap<>(Route.class);
        for (Future<Map<Route, long[]>> part : parts) {
            part.get().forEach((route, t) -> all.merge(route, t, (a, b) -> {
                long[] joined = Arrays.copyOf(a, a.length + b.length);
                System.arraycopy(b, 0, joined, a.length, b.length);
                return joined;
            }));
        }
        long[] errors = new long[Route.values().length];
        for (Future<long[]> e : errorParts) {
            long[] part = e.get();
            for (int r = 0; r < errors.length; r++) {
                errors[r] += part[r];
            }
        }
        pool.shutdown();
        io.shutdown();
        List<Figures> figures = new ArrayList<>();
        for (Route route : Route.values()) {
            long[] t = all.getOrDefault(route, new long[0]);
            Arrays.sort(t);
            figures.add(new Figures(route, t.length, errors[route.ordinal()], duration.toMillis() / 1000.0, t));
        }
        return figures;
    }

    /**
     * The one request of a route as a client of the day sends it, answered within {@code limit}: a
     * request over its limit counts as an error.
     */
    static HttpRequest request(String base, Route route, String token, ThreadLocalRandom random, Duration limit) {
        String path = switch (route) {
            case ME -> "/api/v1/me";
            case TODAY -> "/api/v1/today";
            case PLAN -> "/api/v1/plan";
            case CHECK_IN -> "/api/v1/checkins";
            case SESSION -> "/api/v1/sessions";
            case CASELOAD -> "/api/v1/care/patients";
        };
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(limit).header("Authorization", "Bearer " + token);
        String body = switch (route) {
            case CHECK_IN -> "{\"window\":\"DAILY\",\"pain\":" + random.nextInt(4) + "}";
            case SESSION -> "{\"activity\":\"walk\",\"minutes\":" + (20 + random.nextInt(20)) + ",\"rpe\":3}";
            default -> null;
        };
        if (body != null) {
            builder.header("Content-Type", "application/json")
                    .header("Idempotency-Key", "load-" + random.nextLong())
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        }
        return builder.build();
    }
}
