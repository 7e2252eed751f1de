package dk.infohus.launcher.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A closed-loop load of one {@link QueueRequest}: {@code users} threads, each with its own {@link HttpClient}
 * (its own connection), send the request with a coordinator's bearer token one after the other, for
 * {@code warmUp + measured}; only requests that start and end inside the measured window count. The window's
 * start and end are told to an {@link IntakePagesLoad.WindowListener} (to scrape the server's metrics and to
 * start and stop the profiler).
 */
public final class PoliceQueueLoad {

    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /**
     * @param base screening's address
     * @param users concurrent users, each one request at a time
     */
    public record Settings(URI base, int users, Duration warmUp, Duration measured) {

        public Settings {
            if (users < 1 || measured.isZero() || measured.isNegative() || warmUp.isNegative()) {
                throw new IllegalArgumentException("at least one user, a positive measured time, no negative warm-up");
            }
        }
    }

    /**
     * What the users saw in the measured window.
     *
     * @param errors requests that were not answered as a user needs, by status (or exception, or "200 without
     *     rows")
     */
    public record Result(QueueRequest request, Settings settings, Latencies latencies, Map<String, Long> errors) {

        /** Successful requests a second. */
        public double throughput() {
            return latencies.count() / (settings.measured().toNanos() / 1e9);
        }
    }

    private final Settings settings;
    private final QueueRequest request;
    private final Supplier<String> bearerToken;
    private volatile long windowStart = Long.MAX_VALUE;
    private volatile long windowEnd = Long.MAX_VALUE;
    private volatile boolean stopping;

    /** @param bearerToken the coordinator's current access token, asked for before every request */
    public PoliceQueueLoad(Settings settings, QueueRequest request, Supplier<String> bearerToken) {
        this.settings = settings;
        this.request = request;
        this.bearerToken = bearerToken;
    }

    /** Runs the warm-up and the measured window and returns when every user has stopped. */
    public Result run(IntakePagesLoad.WindowListener listener) throws IOException, InterruptedException {
        List<Coordinator> coordinators = new ArrayList<>();
        for (int i = 0; i < settings.users(); i++) {
            coordinators.add(new Coordinator(i));
        }
        coordinators.forEach(coordinator -> coordinator.thread.start());
        try {
            IntakePagesLoad.sleepUntil(System.nanoTime() + settings.warmUp().toNanos());
            listener.windowStarts();
            windowStart = System.nanoTime();
            windowEnd = windowStart + settings.measured().toNanos();
            IntakePagesLoad.sleepUntil(windowEnd);
            listener.windowEnds();
        } finally {
            stopping = true;
            for (Coordinator coordinator : coordinators) {
                coordinator.thread.join(TimeUnit.SECONDS.toMillis(REQUEST_TIMEOUT.toSeconds() + 5));
                coordinator.thread.interrupt();
            }
        }
        Latencies latencies = new Latencies();
        Map<String, Long> errors = new TreeMap<>();
        for (Coordinator coordinator : coordinators) {
            latencies.addAll(coordinator.latencies);
            coordinator.errors.forEach((kind, count) -> errors.merge(kind, count, Long::sum));
        }
        return new Result(request, settings, latencies, errors);
    }

    /** One coordinator at a browser that reloads the same page as soon as it has it. */
    private final class Coordinator implements Runnable {

        private final Thread thread;
        private final HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        private final Latencies latencies = new Latencies();
        private final Map<String, Long> errors = new TreeMap<>();

        Coordinator(int number) {
            thread = new Thread(this, "police-queue-user-" + number);
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            URI uri = settings.base().resolve(request.path());
            while (!stopping && !Thread.currentThread().isInterrupted()) {
                HttpRequest get = HttpRequest.newBuilder(uri)
                        .timeout(REQUEST_TIMEOUT)
                        .header("Accept", request.accept())
                        .header("Authorization", "Bearer " + bearerToken.get())
                        .GET()
                        .build();
                long sent = System.nanoTime();
                String failure;
                try {
                    HttpResponse<String> answer = http.send(get, HttpResponse.BodyHandlers.ofString());
                    failure = answer.statusCode() != 200
                            ? Integer.toString(answer.statusCode())
                            : request.answers(answer.body()) ? null : "200 without what was asked for";
                } catch (IOException e) {
                    failure = e.getClass().getSimpleName();
                } catch (InterruptedException e) {
                    return;
                }
                long read = System.nanoTime();
                if (sent < windowStart || read > windowEnd) {
                    continue;
                }
                if (failure == null) {
                    latencies.add(read - sent);
                } else {
                    errors.merge(failure, 1L, Long::sum);
                }
            }
        }
    }
}
