package dk.infohus.launcher.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The server's own time for a request, from Spring's {@code http_server_requests_seconds} timer in a service's
 * {@code /actuator/prometheus}. The histogram buckets are cumulative since the service started, so two scrapes,
 * at the start and at the end of the measured window, give exactly the requests the window saw; percentiles are
 * read from the difference by linear interpolation inside the bucket (as Prometheus' {@code histogram_quantile}
 * does). The service must publish the buckets: {@code
 * --management.metrics.distribution.percentiles-histogram.http.server.requests=true}, best with fine
 * {@code slo} boundaries too.
 */
public final class ServerTimes {

    static final String METRIC = "http_server_requests_seconds";

    private ServerTimes() {}

    /**
     * One scrape: every sample of the timer, by name and labels.
     *
     * @param text the lines of the timer as the service wrote them, for the record
     */
    public record Snapshot(List<Sample> samples, String text) {

        /** The cumulative bucket counts of one method and URI, summed over status, outcome and exception. */
        TreeMap<Double, Double> buckets(String method, String uri) {
            TreeMap<Double, Double> buckets = new TreeMap<>();
            for (Sample sample : samples) {
                if (sample.name().equals(METRIC + "_bucket") && sample.is(method, uri)) {
                    buckets.merge(le(sample.labels().get("le")), sample.value(), Double::sum);
                }
            }
            return buckets;
        }

        double total(String suffix, String method, String uri) {
            return samples.stream()
                    .filter(sample -> sample.name().equals(METRIC + suffix) && sample.is(method, uri))
                    .mapToDouble(Sample::value)
                    .sum();
        }

        /** Requests by status code, since the service started. */
        Map<String, Double> countsByStatus(String method, String uri) {
            Map<String, Double> counts = new TreeMap<>();
            for (Sample sample : samples) {
                if (sample.name().equals(METRIC + "_count") && sample.is(method, uri)) {
                    counts.merge(sample.labels().getOrDefault("status", "?"), sample.value(), Double::sum);
                }
            }
            return counts;
        }
    }

    /** One line of the Prometheus text format. */
    public record Sample(String name, Map<String, String> labels, double value) {

        boolean is(String method, String uri) {
            return method.equals(labels.get("method")) && uri.equals(labels.get("uri"));
        }
    }

    /**
     * What the server measured for one method and URI in the window between two scrapes.
     *
     * @param count requests answered in the window (every status)
     * @param meanSeconds their mean time
     * @param byStatus requests in the window by status code
     */
    public record Window(
            long count,
            double meanSeconds,
            double p50Seconds,
            double p95Seconds,
            double p99Seconds,
            Map<String, Long> byStatus) {}

    public static Window window(Snapshot before, Snapshot after, String method, String uri) {
        TreeMap<Double, Double> start = before.buckets(method, uri);
        TreeMap<Double, Double> end = after.buckets(method, uri);
        if (end.isEmpty()) {
            throw new IllegalStateException("the server publishes no histogram buckets of " + METRIC + " for " + method
                    + " " + uri + ": start it with"
                    + " --management.metrics.distribution.percentiles-histogram.http.server.requests=true");
        }
        TreeMap<Double, Double> delta = new TreeMap<>();
        end.forEach((le, count) -> delta.put(le, count - start.getOrDefault(le, 0.0)));
        double count = after.total("_count", method, uri) - before.total("_count", method, uri);
        double sum = after.total("_sum", method, uri) - before.total("_sum", method, uri);
        Map<String, Long> byStatus = new TreeMap<>();
        Map<String, Double> startCounts = before.countsByStatus(method, uri);
        after.countsByStatus(method, uri).forEach((status, total) -> {
            long inWindow = Math.round(total - startCounts.getOrDefault(status, 0.0));
            if (inWindow > 0) {
                byStatus.put(status, inWindow);
            }
        });
        return new Window(
                Math.round(count),
                count == 0 ? Double.NaN : sum / count,
                quantile(delta, 0.50),
                quantile(delta, 0.95),
                quantile(delta, 0.99),
                byStatus);
    }

    /**
     * The quantile of a cumulative histogram, interpolated linearly inside the bucket it falls in; NaN for an
     * empty histogram, and the highest finite bound when it falls in the {@code +Inf} bucket.
     */
    static double quantile(TreeMap<Double, Double> cumulative, double quantile) {
        double total = cumulative.isEmpty() ? 0 : cumulative.lastEntry().getValue();
        if (total <= 0) {
            return Double.NaN;
        }
        double rank = quantile * total;
        double lowerBound = 0;
        double lowerCount = 0;
        for (Map.Entry<Double, Double> bucket : cumulative.entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return lowerBound;
                }
                double inBucket = bucket.getValue() - lowerCount;
                double fraction = inBucket <= 0 ? 1 : (rank - lowerCount) / inBucket;
                return lowerBound + (bucket.getKey() - lowerBound) * fraction;
            }
            lowerBound = bucket.getKey();
            lowerCount = bucket.getValue();
        }
        return lowerBound;
    }

    /** Scrapes {@code /actuator/prometheus} of a service. */
    public static Snapshot scrape(HttpClient http, URI service) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(service.resolve("/actuator/prometheus"))
                        .header("Accept", "text/plain;version=0.0.4")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(service + "/actuator/prometheus answered " + response.statusCode());
        }
        return parse(response.body());
    }

    /** The samples of {@link #METRIC} in a Prometheus text exposition; every other metric is skipped. */
    public static Snapshot parse(String exposition) {
        List<Sample> samples = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String line : exposition.split("\n")) {
            if (line.startsWith(METRIC) || line.startsWith("# TYPE " + METRIC) || line.startsWith("# HELP " + METRIC)) {
                text.append(line).append('\n');
            }
            if (line.startsWith(METRIC)) {
                samples.add(sample(line.strip()));
            }
        }
        return new Snapshot(List.copyOf(samples), text.toString());
    }

    static Sample sample(String line) {
        int position = 0;
        while (position < line.length() && line.charAt(position) != '{' && line.charAt(position) != ' ') {
            position++;
        }
        String name = line.substring(0, position);
        Map<String, String> labels = new HashMap<>();
        if (position < line.length() && line.charAt(position) == '{') {
            position++;
            while (line.charAt(position) != '}') {
                int equals = line.indexOf('=', position);
                String key = line.substring(position, equals).strip();
                position = equals + 2; // past ="
                StringBuilder value = new StringBuilder();
                while (line.charAt(position) != '"') {
                    char c = line.charAt(position);
                    if (c == '\\') {
                        char next = line.charAt(++position);
                        value.append(next == 'n' ? '\n' : next);
                    } else {
                        value.append(c);
                    }
                    position++;
                }
                labels.put(key, value.toString());
                position++; // past the closing quote
                if (line.charAt(position) == ',') {
                    position++;
                }
            }
            position++;
        }
        String[] rest = line.substring(position).strip().split("\\s+");
        return new Sample(name, Map.copyOf(labels), number(rest[0]));
    }

    private static double le(String bound) {
        return number(bound);
    }

    private static double number(String text) {
        return switch (text) {
            case "+Inf", "Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(text);
        };
    }
}
