package org.plimsoll.bench.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an instance's requests waited for during the measured run, from its own {@code /metrics}
 * read before and after (issue 31, the caseload's tail): the time the caseload route spent inside
 * the server against the time its clients saw, the pool's waits for a connection, the collector's
 * pauses and the background refreshes done. The difference of two readings, so the warm-up is left out.
 */
record InstanceWaits(Map<String, Double> before, Map<String, Double> after) {
    private static final Pattern SAMPLE = Pattern.compile("(?m)^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{[^}]*\\})? ([0-9.E+-]+|NaN)$");
    private static final String CASELOAD = "uri=\"/api/v1/care/patients\"";

    /** The instance's samples now, each named with its labels as printed. */
    static Map<String, Double> read(String base) throws Exception {
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/metrics"))
                .header("Authorization", "Bearer " + ServedInstance.METRICS_TOKEN).build(),
                HttpResponse.BodyHandlers.ofString());
        Map<String, Double> samples = new HashMap<>();
        Matcher m = SAMPLE.matcher(answer.body());
        while (m.find()) {
            samples.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), m.group(3).equals("NaN") ? 0
                    : Double.parseDouble(m.group(3)));
        }
        return samples;
    }

    /** The sum over the samples of one name whose labels contain {@code label} (empty: all of them). */
    private static double sum(Map<String, Double> samples, String name, String label) {
        return samplesOf(samples, name, label).sum();
    }

    /** The largest of the samples of one name (a timer's max, one per label set). */
    private static double most(Map<String, Double> samples, String name, String label) {
        return samplesOf(samples, name, label).max().orElse(0);
    }

    private static java.util.stream.DoubleStream samplesOf(Map<String, Double> samples, String name, String label) {
        return samples.entrySet().stream()
                .filter(e -> (e.getKey().equals(name) || e.getKey().startsWith(name + "{")) && e.getKey().contains(label))
                .mapToDouble(Map.Entry::getValue);
    }

    private double grew(String name, String label) {
        return sum(after, name, label) - sum(before, name, label);
    }

    /** One line: caseloads served and their mean inside the server, pool waits, pauses, refreshes. */
    String line() {
        double caseloads = grew("http_server_requests_seconds_count", CASELOAD);
        double caseloadSeconds = grew("http_server_requests_seconds_sum", CASELOAD);
        double requests = grew("http_server_requests_seconds_count", "");
        double acquires = grew("hikaricp_connections_acquire_seconds_count", "");
        double acquireSeconds = grew("hikaricp_connections_acquire_seconds_sum", "");
        double pauses = grew("jvm_gc_pause_seconds_count", "");
        double pauseSeconds = grew("jvm_gc_pause_seconds_sum", "");
        double major = grew("jvm_gc_pause_seconds_count", "major");
        double majorSeconds = grew("jvm_gc_pause_seconds_sum", "major");
        return String.format(Locale.ROOT, "caseload %.0f ms mean inside the server (%.0f served, max %.0f ms); "
                        + "%,.0f requests; pool: %,.0f connections taken, %.2f ms mean wait, %.0f ms max, %.0f waiting at "
                        + "the end; GC: %.0f pauses, %.1f s in all (max %.0f ms), of which %.0f full, %.1f s; attention refreshes %,.0f, %.0f queued "
                        + "at the end; assessment cache: %.0f%% hits, %,.0f evictions, %.0f MB of %.0f MB; "
                        + "promoted to the old generation %,.0f MB, live after the last full GC %.0f MB",
                caseloads == 0 ? 0 : 1000 * caseloadSeconds / caseloads, caseloads,
                1000 * most(after, "http_server_requests_seconds_max", CASELOAD), requests, acquires,
                acquires == 0 ? 0 : 1000 * acquireSeconds / acquires,
                1000 * most(after, "hikaricp_connections_acquire_seconds_max", ""),
                sum(after, "hikaricp_connections_pending", ""), pauses, pauseSeconds,
                1000 * most(after, "jvm_gc_pause_seconds_max", ""), major, majorSeconds,
                grew("plimsoll_caseload_attention_refreshes_total", ""),
                sum(after, "plimsoll_caseload_attention_queued", ""), 100 * cacheHits(), grew(
                        "plimsoll_assessment_cache_evictions_total", ""),
                sum(after, "plimsoll_assessment_cache_bytes", "") / 1e6, sum(after, "plimsoll_assessment_cache_budget_bytes", "") / 1e6,
                grew("jvm_gc_memory_promoted_bytes_total", "") / 1e6, sum(after, "jvm_gc_live_data_size_bytes", "") / 1e6);
    }

    /** The share of the assessment cache's requests it answered during the run. */
    private double cacheHits() {
        double hits = grew("plimsoll_assessment_cache_requests_total", "result=\"hit\"");
        double all = grew("plimsoll_assessment_cache_requests_total", "");
        return all == 0 ? 0 : hits / all;
    }
}
