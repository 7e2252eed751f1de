package dk.infohus.launcher.load;

import dk.infohus.launcher.DemoSignIn;
import dk.infohus.launcher.LocalStack;
import dk.infohus.launcher.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The benchmark of the police coordinator's queue with many open police checks (issue 11): starts the whole
 * stack on free ports in an empty temporary data directory, publishes intake's {@code ConcernReceived} events for
 * {@code --checks} concerns straight onto the broker ({@link OpenPoliceChecks}), waits until screening holds an
 * open police check for every one, then loads each {@link QueueRequest} in turn with a closed loop of
 * {@code --users} coordinators ({@link PoliceQueueLoad}), straight against screening with the police
 * coordinator's bearer token. Screening's server time for each measured window comes from its
 * {@code /actuator/prometheus} ({@link ServerTimes}); at {@code --profile-users} JDK Flight Recorder runs in
 * screening and in the store during every measured window ({@link FlightRecordings}). Writes a Markdown report.
 *
 * <pre>
 * java -cp launcher/target/launcher.jar dk.infohus.launcher.load.PoliceQueueBenchmark \
 *     --checks=10000 --users=4,16 --warm-up=15s --measured=40s --out=docs/benchmarks/police-queue.md
 * </pre>
 *
 * Options: {@code --checks}, {@code --users} (comma-separated concurrency levels), {@code --warm-up},
 * {@code --measured}, {@code --jit-warm-up} (each request, unmeasured, before the first level), {@code --profile-users} (the level profiled; 0 for none), {@code --requests} (names of
 * {@link QueueRequest}, comma-separated; default all), {@code --seed}, {@code --repository=.},
 * {@code --keep-data}, {@code --out=FILE}, {@code --commit=...} and {@code --command=...} (for the report).
 */
public final class PoliceQueueBenchmark {

    /** Screening's arguments for the benchmark only: the histogram of {@code http.server.requests}, as intake's. */
    public static final List<String> SCREENING_ARGUMENTS = List.of(
            "--management.metrics.distribution.percentiles-histogram.http.server.requests=true",
            "--management.metrics.distribution.slo.http.server.requests=" + IntakePagesBenchmark.sloBoundaries());

    /** The police coordinator of Midt- og Vestjyllands Politi among the demo users, and the demo password. */
    static final String COORDINATOR = "torben";

    private static final String DEMO_PASSWORD = "infohus";
    private static final Pattern WAITING = Pattern.compile("\"waiting\"\\s*:\\s*(\\d+)");
    private static final Pattern OVERDUE = Pattern.compile("\"overdue\"\\s*:\\s*(\\d+)");
    private static final Duration SEEDING_STALL = Duration.ofMinutes(3);
    private static final List<String> PROFILED_PACKAGES = List.of("dk.infohus.");

    private PoliceQueueBenchmark() {}

    /** One measured phase: a request at a concurrency level, what the clients and the server saw, the profile. */
    record Phase(
            PoliceQueueLoad.Result client,
            Optional<ServerTimes.Window> server,
            Map<String, FlightRecordings.HotMethods> profile,
            Map<String, Double> cpuSeconds,
            double loadAverage) {

        /** CPU milliseconds of a process ({@code screening} or {@code store}) per request answered in the window. */
        double cpuMillisPerRequest(String part) {
            return server.map(window -> cpuSeconds.getOrDefault(part, Double.NaN) * 1000 / window.count())
                    .orElse(Double.NaN);
        }
    }

    /** What seeding took: the mix sent and how long screening needed to hold them all. */
    record Seeding(OpenPoliceChecks.Mix mix, Duration untilHeld, long waiting, long overdue) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = IntakePagesBenchmark.options(args);
        int checks = Integer.parseInt(options.getOrDefault("checks", "10000"));
        List<Integer> levels = Arrays.stream(
                        options.getOrDefault("users", "4,16").split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();
        Duration warmUp = IntakePagesBenchmark.duration(options.getOrDefault("warm-up", "15s"));
        Duration measured = IntakePagesBenchmark.duration(options.getOrDefault("measured", "40s"));
        Duration jitWarmUp = IntakePagesBenchmark.duration(options.getOrDefault("jit-warm-up", "10s"));
        int profiled = Integer.parseInt(options.getOrDefault(
                "profile-users",
                Integer.toString(
                        levels.stream().mapToInt(Integer::intValue).max().orElse(0))));
        List<QueueRequest> requests = options.containsKey("requests")
                ? Arrays.stream(options.get("requests").split(","))
                        .map(String::strip)
                        .map(QueueRequest::valueOf)
                        .toList()
                : List.of(QueueRequest.values());

        Path repository = Path.of(options.getOrDefault("repository", "."))
                .toAbsolutePath()
                .normalize();
        Path data = Files.createTempDirectory("infohus-police-queue-");
        Path recordings = Files.createDirectories(data.resolve("jfr"));
        LocalStack.Ports ports = IntakePagesBenchmark.freePorts();
        LocalStack stack =
                new LocalStack(repository, data, ports).addArguments(Service.SCREENING.module(), SCREENING_ARGUMENTS);
        IntakePagesBenchmark.start(stack, data);
        URI screening = stack.url(Service.SCREENING);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        URI issuer = stack.identityIssuer();
        String redirect = "http://localhost:" + ports.gateway() + "/login/oauth2/code/infohus";
        Tokens tokens = new Tokens(() -> new DemoSignIn(issuer, redirect));
        try {
            Seeding seeding =
                    seed(stack, screening, http, tokens, checks, Long.parseLong(options.getOrDefault("seed", "11")));
            warmJvmsUp(screening, tokens, requests, jitWarmUp);
            Map<Integer, Map<QueueRequest, Phase>> phases = new LinkedHashMap<>();
            for (int users : levels) {
                Map<QueueRequest, Phase> atLevel = new EnumMap<>(QueueRequest.class);
                for (QueueRequest request : requests) {
                    atLevel.put(
                            request,
                            phase(
                                    stack,
                                    screening,
                                    http,
                                    tokens,
                                    request,
                                    new PoliceQueueLoad.Settings(screening, users, warmUp, measured),
                                    users == profiled ? Optional.of(recordings) : Optional.empty()));
                }
                phases.put(users, atLevel);
            }
            IntakePagesBenchmark.publish(options, report(options, seeding, phases, warmUp, measured, profiled));
        } finally {
            System.out.println("Stopping the stack ...");
            IntakePagesBenchmark.closeOnce(stack);
            if (options.containsKey("keep-data")) {
                System.out.println("Data, logs and flight recordings kept in " + data);
            } else {
                IntakePagesBenchmark.deleteRecursively(data);
            }
        }
        System.exit(0);
    }

    private static Seeding seed(LocalStack stack, URI screening, HttpClient http, Tokens tokens, int checks, long seed)
            throws Exception {
        System.out.printf(Locale.ROOT, "Publishing %d ConcernReceived events on the broker ...%n", checks);
        long started = System.nanoTime();
        OpenPoliceChecks.Mix mix = new OpenPoliceChecks(seed, Instant.now()).publish(stack.kafkaBootstrap(), checks);
        System.out.printf(
                Locale.ROOT,
                "Published in %.1f s; waiting until screening holds them ...%n",
                mix.published().toMillis() / 1e3);
        long lastProgress = System.nanoTime();
        long held = -1;
        String answer = "";
        while (held < checks) {
            IntakePagesLoad.sleepUntil(System.nanoTime() + TimeUnit.SECONDS.toNanos(2));
            answer = get(http, screening.resolve(QueueRequest.WAITING.path()), tokens.get());
            long now = number(WAITING, answer);
            if (now > held) {
                held = now;
                lastProgress = System.nanoTime();
                System.out.printf(Locale.ROOT, "  screening holds %d open police checks%n", held);
            } else if (System.nanoTime() - lastProgress > SEEDING_STALL.toNanos()) {
                throw new IllegalStateException("screening stopped at " + held + " of " + checks
                        + " open police checks; see " + stack.logFile(Service.SCREENING.module()));
            }
        }
        return new Seeding(mix, Duration.ofNanos(System.nanoTime() - started), held, number(OVERDUE, answer));
    }

    /**
     * Sends every request for a while with two users before anything is measured, so that the first phase
     * measured (an anchor) does not pay for the JIT compiling what all of them share (filters, token validation).
     */
    private static void warmJvmsUp(URI screening, Tokens tokens, List<QueueRequest> requests, Duration each)
            throws IOException, InterruptedException {
        if (each.isZero()) {
            return;
        }
        System.out.printf(Locale.ROOT, "Warming the JVMs up: every request %d s, 2 users ...%n", each.toSeconds());
        tokens.renew();
        for (QueueRequest request : requests) {
            new PoliceQueueLoad(new PoliceQueueLoad.Settings(screening, 2, Duration.ZERO, each), request, tokens)
                    .run(new IntakePagesLoad.WindowListener() {
                        @Override
                        public void windowStarts() {}

                        @Override
                        public void windowEnds() {}
                    });
        }
    }

    private static Phase phase(
            LocalStack stack,
            URI screening,
            HttpClient http,
            Tokens tokens,
            QueueRequest request,
            PoliceQueueLoad.Settings settings,
            Optional<Path> recordings)
            throws IOException, InterruptedException {
        System.out.printf(
                Locale.ROOT,
                "%s `%s`: %d users, %d s warm-up, %d s measured%s ...%n",
                request.label(),
                request.path(),
                settings.users(),
                settings.warmUp().toSeconds(),
                settings.measured().toSeconds(),
                recordings.isPresent() ? ", profiled" : "");
        tokens.renew();
        Map<String, Long> parts = new LinkedHashMap<>();
        Map<String, Long> pids = stack.pids();
        parts.put("screening", pids.get(Service.SCREENING.module()));
        parts.put("store", pids.get("mongo"));
        Map<String, Long> profiledParts = recordings.isPresent() ? parts : Map.of();
        Map<String, Double> cpuSeconds = new LinkedHashMap<>();
        double[] loadAverage = {Double.NaN};
        ServerTimes.Snapshot[] scrapes = new ServerTimes.Snapshot[2];
        PoliceQueueLoad.Result client = new PoliceQueueLoad(settings, request, tokens)
                .run(new IntakePagesLoad.WindowListener() {
                    @Override
                    public void windowStarts() throws IOException, InterruptedException {
                        for (long pid : profiledParts.values()) {
                            FlightRecordings.start(pid);
                        }
                        parts.forEach((part, pid) -> cpuSeconds.put(part, -ProcessCpu.seconds(pid)));
                        scrapes[0] = ServerTimes.scrape(http, screening);
                    }

                    @Override
                    public void windowEnds() throws IOException, InterruptedException {
                        scrapes[1] = ServerTimes.scrape(http, screening);
                        parts.forEach((part, pid) -> cpuSeconds.merge(part, ProcessCpu.seconds(pid), Double::sum));
                        loadAverage[0] = ProcessCpu.loadAverage();
                        for (Map.Entry<String, Long> part : profiledParts.entrySet()) {
                            FlightRecordings.stop(
                                    part.getValue(), recordings.get().resolve(file(request, settings, part.getKey())));
                        }
                    }
                });
        Optional<ServerTimes.Window> server;
        try {
            server = Optional.of(ServerTimes.window(scrapes[0], scrapes[1], "GET", request.uriTag()));
        } catch (IllegalStateException noBuckets) {
            System.out.println("  " + noBuckets.getMessage());
            server = Optional.empty();
        }
        Map<String, FlightRecordings.HotMethods> profile = new LinkedHashMap<>();
        for (String part : profiledParts.keySet()) {
            profile.put(
                    part,
                    FlightRecordings.read(
                            recordings.get().resolve(file(request, settings, part)), PROFILED_PACKAGES, 12));
        }
        server.ifPresent(window -> System.out.printf(
                Locale.ROOT,
                "  server p50 %s, p95 %s, %d answered; client %d ok, %.1f/s%n",
                IntakePagesBenchmark.ms(window.p50Seconds()),
                IntakePagesBenchmark.ms(window.p95Seconds()),
                window.count(),
                client.latencies().count(),
                client.throughput()));
        return new Phase(client, server, profile, cpuSeconds, loadAverage[0]);
    }

    private static String file(QueueRequest request, PoliceQueueLoad.Settings settings, String part) {
        return request.name().toLowerCase(Locale.ROOT) + "-" + settings.users() + "-users-" + part + ".jfr";
    }

    static String report(
            Map<String, String> options,
            Seeding seeding,
            Map<Integer, Map<QueueRequest, Phase>> phases,
            Duration warmUp,
            Duration measured,
            int profiled) {
        StringBuilder md = new StringBuilder();
        md.append("# The police coordinator's queue with ")
                .append(seeding.mix().total())
                .append(" open police checks\n\n");
        md.append("Screening's server time for the police coordinator's queue page (`/politi`), the same queue through"
                + " the API and the workspace's count, with that many open police checks (the closing note of issue"
                + " 11). Written by `scripts/bench-police-queue.sh`; run it again to measure anew. A benchmark, not a"
                + " test: nothing here passes or fails.\n\n");
        md.append(IntakePagesBenchmark.runFacts(options, "PoliceQueueBenchmark"));
        md.append(String.format(
                Locale.ROOT,
                "| load | closed loop, no think time, %s concurrent coordinators (one connection each), %d s warm-up"
                        + " then %d s measured, one request kind at a time |%n",
                phases.keySet().stream().map(String::valueOf).collect(Collectors.joining(" and ")),
                warmUp.toSeconds(),
                measured.toSeconds()));
        md.append("| caller | the police coordinator `" + COORDINATOR + "` (district Midt- og Vestjylland, seven"
                + " municipalities), bearer token from the stack's identity provider, straight to screening |\n");
        md.append("| stack | the whole local stack (Kafka KRaft, mongo-java-server with H2, identity provider, five"
                + " services, gateway) on free ports in an empty temporary data directory, each service with"
                + " `-Xmx256m`, on the same machine as the load generator |\n");
        md.append("| screening arguments | `--management.metrics.distribution.percentiles-histogram"
                + ".http.server.requests=true --management.metrics.distribution.slo.http.server.requests=<1 ms steps"
                + " to 20 ms, then coarser to 3 s>` |\n");
        md.append(seedingRows(seeding));

        md.append(keyFigures(phases));
        for (Map.Entry<Integer, Map<QueueRequest, Phase>> level : phases.entrySet()) {
            md.append(levelSection(level.getKey(), level.getValue(), level.getKey() == profiled));
        }
        Map<QueueRequest, Phase> profiledPhases = phases.get(profiled);
        if (profiledPhases != null) {
            md.append(profileSection(profiled, profiledPhases));
        }
        md.append(notes());
        return md.toString();
    }

    private static String seedingRows(Seeding seeding) {
        OpenPoliceChecks.Mix mix = seeding.mix();
        StringBuilder md = new StringBuilder();
        md.append(String.format(
                Locale.ROOT,
                "| seeded | %d `dk.infohus.intake.concern-received.v1` events on `intake.concern.v1` (CloudEvents"
                        + " binary mode, schema-checked, as intake's outbox relay writes them), received over the"
                        + " last 14 days: %d children, %d adults, %d of unknown age (%d of them groups), %d acute,"
                        + " %d repeat concerns; by municipality %s |%n",
                mix.total(),
                mix.children(),
                mix.adults(),
                mix.unknownAge(),
                mix.groups(),
                mix.acute(),
                mix.repeats(),
                mix.byMunicipality().entrySet().stream()
                        .map(entry -> entry.getKey() + ": " + entry.getValue())
                        .collect(Collectors.joining(", "))));
        md.append(String.format(
                Locale.ROOT,
                "| seeding took | %.1f s to publish; %.0f s until screening held them all (%.0f events a second"
                        + " consumed and stored); then `GET /api/police-checks/waiting` answered %d waiting, %d"
                        + " overdue |%n",
                mix.published().toMillis() / 1e3,
                seeding.untilHeld().toMillis() / 1e3,
                mix.total() / (seeding.untilHeld().toMillis() / 1e3),
                seeding.waiting(),
                seeding.overdue()));
        md.append("| anchors | (a) `GET /web-ui/infohus.css` (a static file) and `GET /actuator/health` (one ping of"
                + " the store) of the same screening process, measured the same way in the same run; (b) Kafka's"
                + " `ProducerPerformance` (kafka-tools) is not available offline (only kafka-tools-api is in the"
                + " local Maven repository), so it was not run |\n");
        return md.toString();
    }

    /** The table for the closing note: the queue page's server time at each level, with the ratios. */
    private static String keyFigures(Map<Integer, Map<QueueRequest, Phase>> phases) {
        StringBuilder md = new StringBuilder();
        md.append("\n## The queue page's server time\n\n");
        md.append("`GET /politi` with default filters (first page, 25 rows, acute first, then by deadline), screening's"
                + " own `http_server_requests_seconds`, measured window only; the ratio is to the stylesheet's"
                + " server time at the same percentile in the same run.\n\n");
        md.append("| request | users | server p50 | server p95 | server p99 | mean | p50 × stylesheet | p95 ×"
                + " stylesheet | p50 × health | CPU per request, screening / store |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (QueueRequest request :
                List.of(QueueRequest.QUEUE_PAGE, QueueRequest.FILTERED_PAGE, QueueRequest.LATER_PAGE)) {
            for (Map.Entry<Integer, Map<QueueRequest, Phase>> level : phases.entrySet()) {
                Phase phase = level.getValue().get(request);
                if (phase == null || phase.server().isEmpty()) {
                    continue;
                }
                ServerTimes.Window window = phase.server().get();
                Optional<ServerTimes.Window> css = server(level.getValue(), QueueRequest.STYLESHEET);
                Optional<ServerTimes.Window> health = server(level.getValue(), QueueRequest.HEALTH);
                md.append(String.format(
                        Locale.ROOT,
                        "| %s `%s` | %d | %s | %s | %s | %s | %s | %s | %s | %s |%n",
                        request.label(),
                        request.path(),
                        level.getKey(),
                        IntakePagesBenchmark.ms(window.p50Seconds()),
                        IntakePagesBenchmark.ms(window.p95Seconds()),
                        IntakePagesBenchmark.ms(window.p99Seconds()),
                        IntakePagesBenchmark.ms(window.meanSeconds()),
                        ratio(window.p50Seconds(), css.map(ServerTimes.Window::p50Seconds)),
                        ratio(window.p95Seconds(), css.map(ServerTimes.Window::p95Seconds)),
                        ratio(window.p50Seconds(), health.map(ServerTimes.Window::p50Seconds)),
                        cpu(phase)));
            }
        }
        return md.toString();
    }

    private static String levelSection(int users, Map<QueueRequest, Phase> phases, boolean profiled) {
        StringBuilder md = new StringBuilder();
        md.append("\n## ").append(users).append(" concurrent coordinators\n\n");
        if (profiled) {
            md.append(
                    "Flight Recorder ran in screening and in the store during each measured window at this level.\n\n");
        }
        md.append("Server time (screening's `http_server_requests_seconds`, the measured window only; the three pages"
                + " share the tag `/politi` and were measured one after the other):\n\n");
        md.append("| request | path | server p50 | server p95 | server p99 | mean | answered | by status | p50 ×"
                + " stylesheet | p50 × health | CPU per request, screening / store | load average |\n");
        md.append("|---|---|---:|---:|---:|---:|---:|---|---:|---:|---:|---:|\n");
        Optional<ServerTimes.Window> css = server(phases, QueueRequest.STYLESHEET);
        Optional<ServerTimes.Window> health = server(phases, QueueRequest.HEALTH);
        for (Map.Entry<QueueRequest, Phase> entry : phases.entrySet()) {
            QueueRequest request = entry.getKey();
            Optional<ServerTimes.Window> server = entry.getValue().server();
            if (server.isEmpty()) {
                md.append("| ")
                        .append(request.label())
                        .append(" | `")
                        .append(request.path())
                        .append("` | – | – | – | – | – | no histogram for `")
                        .append(request.uriTag())
                        .append("` | – | – | – | – |\n");
                continue;
            }
            ServerTimes.Window window = server.get();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | `%s` | %s | %s | %s | %s | %d | %s | %s | %s | %s | %.1f |%n",
                    request.label(),
                    request.path(),
                    IntakePagesBenchmark.ms(window.p50Seconds()),
                    IntakePagesBenchmark.ms(window.p95Seconds()),
                    IntakePagesBenchmark.ms(window.p99Seconds()),
                    IntakePagesBenchmark.ms(window.meanSeconds()),
                    window.count(),
                    counts(window.byStatus()),
                    ratio(window.p50Seconds(), css.map(ServerTimes.Window::p50Seconds)),
                    ratio(window.p50Seconds(), health.map(ServerTimes.Window::p50Seconds)),
                    cpu(entry.getValue()),
                    entry.getValue().loadAverage()));
        }
        md.append("\nClient side (the load generator's clock, request sent to answer read):\n\n");
        md.append("| request | ok | errors | ok/s | client p50 | client p95 | client p99 | mean | max |\n");
        md.append("|---|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<QueueRequest, Phase> entry : phases.entrySet()) {
            PoliceQueueLoad.Result client = entry.getValue().client();
            Latencies latencies = client.latencies();
            boolean any = latencies.count() > 0;
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %.1f | %s | %s | %s | %s | %s |%n",
                    entry.getKey().label(),
                    latencies.count(),
                    client.errors().isEmpty() ? "0" : counts(client.errors()),
                    client.throughput(),
                    any ? IntakePagesBenchmark.msNanos(latencies.percentile(0.50)) : "–",
                    any ? IntakePagesBenchmark.msNanos(latencies.percentile(0.95)) : "–",
                    any ? IntakePagesBenchmark.msNanos(latencies.percentile(0.99)) : "–",
                    any ? IntakePagesBenchmark.msNanos(Math.round(latencies.meanNanos())) : "–",
                    any ? IntakePagesBenchmark.msNanos(latencies.max()) : "–"));
        }
        return md.toString();
    }

    private static String profileSection(int users, Map<QueueRequest, Phase> phases) {
        StringBuilder md = new StringBuilder();
        md.append("\n## Where the time goes (JDK Flight Recorder, ")
                .append(users)
                .append(" users)\n\n");
        md.append(
                "Execution samples (every running Java thread every 10 ms, `settings=profile`) in screening and in the"
                        + " store (mongo-java-server with its H2 backend, a process of its own) during each measured window."
                        + " *Self* counts the method on top of the stack (where the CPU was); *outside the JDK* counts the"
                        + " topmost frame that is not the JDK's own (the library or service method whose work, with the"
                        + " JDK code it calls, the sample caught); *on the stack* counts the samples in which a method"
                        + " of `dk.infohus` is anywhere on the stack (each sample once a method). The shares are of"
                        + " the process's samples in the window. Nothing was tuned: this is the input for issue 12.\n\n");
        md.append("| request | samples in screening | samples in the store |\n|---|---:|---:|\n");
        for (Map.Entry<QueueRequest, Phase> entry : phases.entrySet()) {
            Map<String, FlightRecordings.HotMethods> profile = entry.getValue().profile();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s |%n",
                    entry.getKey().label(),
                    samples(profile.get("screening")),
                    samples(profile.get("store"))));
        }
        for (Map.Entry<QueueRequest, Phase> entry : phases.entrySet()) {
            if (entry.getKey().anchor() || entry.getValue().profile().isEmpty()) {
                continue;
            }
            boolean detailed = entry.getKey() == QueueRequest.QUEUE_PAGE;
            md.append("\n### ")
                    .append(entry.getKey().label())
                    .append(" `")
                    .append(entry.getKey().path())
                    .append("`\n");
            for (Map.Entry<String, FlightRecordings.HotMethods> part :
                    entry.getValue().profile().entrySet()) {
                FlightRecordings.HotMethods hot = part.getValue();
                String process = part.getKey().equals("store") ? "The store" : "Screening";
                int top = detailed ? 12 : 6;
                md.append("\n").append(process).append(", self:\n\n");
                md.append(methods(hot.selfTime(), hot.samples(), top));
                md.append("\n").append(process).append(", outside the JDK:\n\n");
                md.append(methods(hot.outsideJdk(), hot.samples(), top));
                if (detailed && !part.getKey().equals("store")) {
                    md.append("\n").append(process).append(", on the stack:\n\n");
                    md.append(methods(hot.inclusive(), hot.samples(), 10));
                }
            }
        }
        return md.toString();
    }

    private static String methods(Map<String, Long> counts, long samples, int top) {
        StringBuilder md = new StringBuilder("| method | samples | share |\n|---|---:|---:|\n");
        counts.entrySet().stream()
                .limit(top)
                .forEach(entry -> md.append(String.format(
                        Locale.ROOT,
                        "| `%s` | %d | %.1f %% |%n",
                        entry.getKey(),
                        entry.getValue(),
                        samples == 0 ? 0 : 100.0 * entry.getValue() / samples)));
        return md.toString();
    }

    private static String samples(FlightRecordings.HotMethods hot) {
        return hot == null ? "–" : Long.toString(hot.samples());
    }

    private static Optional<ServerTimes.Window> server(Map<QueueRequest, Phase> phases, QueueRequest request) {
        Phase phase = phases.get(request);
        return phase == null ? Optional.empty() : phase.server();
    }

    private static String ratio(double seconds, Optional<Double> anchor) {
        return anchor.filter(value -> value > 0 && !Double.isNaN(seconds))
                .map(value -> String.format(Locale.ROOT, "%.1f×", seconds / value))
                .orElse("–");
    }

    private static String cpu(Phase phase) {
        double screening = phase.cpuMillisPerRequest("screening");
        double store = phase.cpuMillisPerRequest("store");
        return Double.isNaN(screening) || Double.isNaN(store)
                ? "–"
                : String.format(Locale.ROOT, "%.1f / %.1f ms", screening, store);
    }

    private static String counts(Map<String, Long> byKind) {
        return byKind.entrySet().stream()
                .map(entry -> entry.getKey() + ": " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private static String notes() {
        return """

                ## How it is measured

                - **Seeding** goes through the real consumer: the benchmark publishes intake's events with a Kafka
                  producer, and screening's `IntakeEvents` listener opens a police check for each (duplicate check,
                  document write with its outbox, relay of `PoliceCheckOpened`). It waits until
                  `GET /api/police-checks/waiting` counts them all. Deadlines run from each concern's receipt, spread
                  over the last 14 days, so part of the queue is overdue, as in real use.
                - **Server time** is Spring's `http.server.requests` timer in screening (arrival in the servlet
                  container to the end of the response: bearer token validation, the query to the store, Thymeleaf
                  rendering). Histogram buckets with fine SLO boundaries, scraped from `/actuator/prometheus` when the
                  measured window starts and ends; p50/p95/p99 by linear interpolation inside the bucket (as
                  Prometheus' `histogram_quantile`), every status. The three page variants share the tag `/politi`;
                  each was measured in a phase of its own, so the tag's window holds only that variant.
                - **Client time** is the load generator's (`dk.infohus.launcher.load`, JDK `HttpClient`, HTTP/1.1,
                  one client per user), sending a request to having read the whole answer, nearest-rank percentiles;
                  a request is *ok* when answered 200 with what was asked for (rows of the queue, the count, the
                  file). Only requests that start and end within the window count.
                - **CPU per request** is the CPU time (user and system, all threads, from `/proc/<pid>/stat`)
                  that screening and the store used in the measured window, divided by the requests screening
                  answered in it: steadier than wall time on a machine that others share, though it also counts
                  what the processes did besides (the scheduler's and the relay's polls, the Kafka consumers,
                  garbage collection, the profiler at the profiled level). *Load average* is the machine's
                  one-minute load at the window's end (runnable threads of every process, other builds' too, on
                  2 cores): above 2, every thread waits for a core, and wall times grow with it.
                - **Anchors**: every figure is also given as a ratio to the stylesheet's (a static file: the same
                  filters, token validation included, no store) and the health endpoint's (one ping of the store)
                  server time at the same concurrency in the same run, since the machine is shared and noisy. The
                  anchors ran with the same token and the same number of users.
                - **The store** is the embedded mongo-java-server (H2 backend): it keeps no secondary indexes, so each
                  queue page, API page and count scans every police check of the collection, filters and sorts in
                  memory. A full scan is expected here; a real MongoDB with the service's indexes answers from an
                  index.
                - **Flight Recorder** was started and stopped with `jcmd <pid> JFR.start/JFR.stop` (the recorder
                  `-XX:StartFlightRecording` starts, for the measured window only) in screening and in the store at
                  the profiled level; its overhead is a few per cent.
                - Everything, the load generator included, shares the machine's cores with the rest of the stack
                  and other builds: the figures are an upper bound of what the requests cost, not a capacity plan.
                """;
    }

    private static String get(HttpClient http, URI uri, String token) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(uri)
                        .timeout(Duration.ofSeconds(60))
                        .header("Accept", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(uri + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static long number(Pattern pattern, String json) {
        Matcher matcher = pattern.matcher(json);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    /**
     * The coordinator's access token, signed in anew before every phase and before it can expire (5 minutes),
     * each time with a new browser (a signed-in session's cookies would skip the login form).
     */
    private static final class Tokens implements Supplier<String> {

        private static final Duration RENEW_AFTER = Duration.ofMinutes(3);

        private final Supplier<DemoSignIn> browser;
        private volatile String token;
        private volatile long signedInAt;

        Tokens(Supplier<DemoSignIn> browser) {
            this.browser = browser;
        }

        synchronized void renew() {
            try {
                token = browser.get().accessToken(COORDINATOR, DEMO_PASSWORD);
                signedInAt = System.nanoTime();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while signing in", e);
            }
        }

        @Override
        public String get() {
            if (token == null || System.nanoTime() - signedInAt > RENEW_AFTER.toNanos()) {
                synchronized (this) {
                    if (token == null || System.nanoTime() - signedInAt > RENEW_AFTER.toNanos()) {
                        renew();
                    }
                }
            }
            return token;
        }
    }
}
