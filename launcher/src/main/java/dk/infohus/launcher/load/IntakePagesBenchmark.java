package dk.infohus.launcher.load;

import dk.infohus.launcher.LocalStack;
import dk.infohus.launcher.Service;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The load benchmark of intake's pages: starts the whole stack on free ports in an empty temporary data
 * directory (or uses one that runs, with {@code --intake=URL}), runs {@link IntakePagesLoad} against intake
 * directly and then through the front door, reads the server's time from intake's {@code /actuator/prometheus}
 * for the measured window, and writes a Markdown report.
 *
 * <pre>
 * java -cp launcher/target/launcher.jar dk.infohus.launcher.load.IntakePagesBenchmark \
 *     --users=20 --warm-up=30s --measured=60s --mix=3,1,2 --out=docs/benchmarks/intake-pages.md
 * </pre>
 *
 * Options: {@code --users}, {@code --warm-up}, {@code --measured} (seconds, or with s/m), {@code --mix}
 * (weights of form views, submissions, status lookups), {@code --think=<ms>}, {@code --no-gateway},
 * {@code --intake=URL} and {@code --gateway=URL} (a running stack, started by you with the arguments this class
 * prints), {@code --repository=.}, {@code --keep-data}, {@code --out=FILE}, {@code --commit=...} and
 * {@code --command=...} (for the report).
 */
public final class IntakePagesBenchmark {

    /**
     * Intake's arguments for the benchmark only: a budget of unverified (no ALTCHA) forms that load cannot use
     * up, and the histogram buckets of {@code http.server.requests}, with fine boundaries, so that the measured
     * window's percentiles can be read exactly from two scrapes. Not Micrometer's own {@code percentiles}: with
     * the Prometheus client 1.x, Micrometer leaves them out of the scrape once a timer publishes buckets, and on
     * their own they cover a decaying window of about two minutes, not the measured one.
     */
    public static final List<String> INTAKE_ARGUMENTS = List.of(
            "--infohus.intake.unverified-submissions-per-hour=100000000",
            "--management.metrics.distribution.percentiles-histogram.http.server.requests=true",
            "--management.metrics.distribution.slo.http.server.requests=" + sloBoundaries());

    /** The front door's arguments for the benchmark only: rate limits one address and one session cannot reach. */
    public static final List<String> GATEWAY_ARGUMENTS = Stream.of(
                    "submissions-per-address", "submissions-per-session", "receipt-lookups-per-address")
            .flatMap(limit -> Stream.of(
                    "--infohus.gateway.rate-limits." + limit + "[0].requests=1000000",
                    "--infohus.gateway.rate-limits." + limit + "[0].per=1s"))
            .toList();

    private static final double[] QUANTILES = {0.50, 0.95, 0.99};

    private IntakePagesBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        IntakePagesLoad.Settings settings = new IntakePagesLoad.Settings(
                URI.create("http://localhost"),
                Integer.parseInt(options.getOrDefault("users", "20")),
                duration(options.getOrDefault("warm-up", "30s")),
                duration(options.getOrDefault("measured", "60s")),
                weight(options, 0),
                weight(options, 1),
                weight(options, 2),
                Duration.ofMillis(Long.parseLong(options.getOrDefault("think", "0"))));
        boolean viaGateway = !options.containsKey("no-gateway");

        LocalStack stack = null;
        Path data = null;
        URI intake;
        Optional<URI> gateway;
        if (options.containsKey("intake")) {
            intake = URI.create(options.get("intake"));
            gateway = Optional.ofNullable(options.get("gateway")).map(URI::create);
        } else {
            Path repository = Path.of(options.getOrDefault("repository", "."))
                    .toAbsolutePath()
                    .normalize();
            data = Files.createTempDirectory("infohus-load-");
            stack = new LocalStack(repository, data, freePorts())
                    .addArguments(Service.INTAKE.module(), INTAKE_ARGUMENTS)
                    .addArguments(LocalStack.GATEWAY, GATEWAY_ARGUMENTS);
            start(stack, data);
            intake = stack.url(Service.INTAKE);
            gateway = stack.gatewayUrl();
        }

        HttpClient metrics = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        StringBuilder report = new StringBuilder();
        report.append(header(options, settings));
        try {
            Phase direct = run("Straight to intake", settings.withBase(intake), intake, metrics, Optional.empty());
            report.append(direct.markdown());
            if (viaGateway && gateway.isPresent()) {
                report.append(run(
                                "Through the front door (gateway)",
                                settings.withBase(gateway.get()),
                                intake,
                                metrics,
                                Optional.of(direct.result()))
                        .markdown());
            } else if (viaGateway) {
                report.append("\nThe front door was not measured: no gateway is running or built.\n");
            }
            report.append(notes());
            publish(options, report.toString());
        } finally {
            if (stack != null) {
                System.out.println("Stopping the stack ...");
                closeOnce(stack);
                if (!options.containsKey("keep-data")) {
                    deleteRecursively(data);
                } else {
                    System.out.println("Data and logs kept in " + data);
                }
            }
        }
        System.exit(0);
    }

    /** One measured phase: its section of the report, and what the clients saw (the baseline for the next). */
    private record Phase(String markdown, IntakePagesLoad.Result result) {}

    private static Phase run(
            String title,
            IntakePagesLoad.Settings settings,
            URI intake,
            HttpClient metrics,
            Optional<IntakePagesLoad.Result> baseline)
            throws IOException, InterruptedException {
        System.out.printf(
                Locale.ROOT,
                "%s: %d users against %s, %d s warm-up, %d s measured ...%n",
                title,
                settings.users(),
                settings.base(),
                settings.warmUp().toSeconds(),
                settings.measured().toSeconds());
        ServerTimes.Snapshot[] scrapes = new ServerTimes.Snapshot[2];
        IntakePagesLoad.Result result = new IntakePagesLoad(settings).run(new IntakePagesLoad.WindowListener() {
            @Override
            public void windowStarts() throws IOException, InterruptedException {
                scrapes[0] = ServerTimes.scrape(metrics, intake);
            }

            @Override
            public void windowEnds() throws IOException, InterruptedException {
                scrapes[1] = ServerTimes.scrape(metrics, intake);
                Path raw = Path.of(System.getProperty("java.io.tmpdir"))
                        .resolve(
                                "intake-http-server-requests-" + settings.base().getPort() + ".prom");
                Files.writeString(raw, scrapes[1].text());
                System.out.println("  intake's http_server_requests_seconds at the end: " + raw);
            }
        });
        Map<Action, ServerTimes.Window> server = new EnumMap<>(Action.class);
        for (Action action : Action.values()) {
            server.put(action, ServerTimes.window(scrapes[0], scrapes[1], action.method(), action.uri()));
        }
        return new Phase(section(title, result, server, baseline), result);
    }

    static String section(
            String title,
            IntakePagesLoad.Result result,
            Map<Action, ServerTimes.Window> server,
            Optional<IntakePagesLoad.Result> baseline) {
        StringBuilder md = new StringBuilder();
        md.append("\n## ").append(title).append("\n\n");
        md.append("Base URL `").append(result.settings().base()).append("`.\n\n");
        md.append("Server time (intake's `http_server_requests_seconds`, the measured window only):\n\n");
        md.append("| request | server p50 | server p95 | server p99 | mean | answered | by status |\n");
        md.append("|---|---:|---:|---:|---:|---:|---|\n");
        for (Action action : Action.values()) {
            ServerTimes.Window window = server.get(action);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s `%s` | %s | %s | %s | %s | %d | %s |%n",
                    action.label(),
                    action.uri(),
                    ms(window.p50Seconds()),
                    ms(window.p95Seconds()),
                    ms(window.p99Seconds()),
                    ms(window.meanSeconds()),
                    window.count(),
                    window.byStatus().entrySet().stream()
                            .map(entry -> entry.getKey() + ": " + entry.getValue())
                            .collect(Collectors.joining(", "))));
        }
        md.append("\nClient side (the load generator's own clock, request sent to answer read):\n\n");
        md.append("| request | ok | errors | ok/s | client p50 | client p95 | client p99 | max |");
        md.append(baseline.isPresent() ? " vs. the direct phase, p50 / p95 |\n" : "\n");
        md.append("|---|---:|---|---:|---:|---:|---:|---:|");
        md.append(baseline.isPresent() ? "---:|\n" : "\n");
        for (Action action : Action.values()) {
            IntakePagesLoad.ActionResult client = result.byAction().get(action);
            Latencies latencies = client.latencies();
            boolean any = latencies.count() > 0;
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %.1f | %s | %s | %s | %s |",
                    action.label(),
                    latencies.count(),
                    client.errors().isEmpty()
                            ? "0"
                            : client.errors().entrySet().stream()
                                    .map(entry -> entry.getKey() + ": " + entry.getValue())
                                    .collect(Collectors.joining(", ")),
                    result.throughput(action),
                    any ? msNanos(latencies.percentile(QUANTILES[0])) : "–",
                    any ? msNanos(latencies.percentile(QUANTILES[1])) : "–",
                    any ? msNanos(latencies.percentile(QUANTILES[2])) : "–",
                    any ? msNanos(latencies.max()) : "–"));
            if (baseline.isPresent()) {
                Latencies direct = baseline.get().byAction().get(action).latencies();
                md.append(
                        any && direct.count() > 0
                                ? String.format(
                                        Locale.ROOT,
                                        " %+.1f ms / %+.1f ms |",
                                        (latencies.percentile(0.5) - direct.percentile(0.5)) / 1e6,
                                        (latencies.percentile(0.95) - direct.percentile(0.95)) / 1e6)
                                : " – |");
            }
            md.append('\n');
        }
        md.append(String.format(
                Locale.ROOT, "%nThroughput: %.1f successful requests a second in all.%n", result.totalThroughput()));
        return md.toString();
    }

    private static String header(Map<String, String> options, IntakePagesLoad.Settings settings) {
        StringBuilder md = new StringBuilder();
        md.append("# Intake's pages under load\n\n");
        md.append("The server time of intake's public pages under a steady load: the closing note of issue 4 asks for"
                + " the page's p95. Written by `scripts/load-intake-pages.sh`; run it again to measure anew.\n\n");
        md.append(runFacts(options, "IntakePagesBenchmark"));
        md.append(String.format(
                Locale.ROOT,
                "| load | %d concurrent users, closed loop (%s think time), %d s warm-up then %d s measured, per"
                        + " phase |%n",
                settings.users(),
                settings.thinkTime().isZero() ? "no" : settings.thinkTime().toMillis() + " ms",
                settings.warmUp().toSeconds(),
                settings.measured().toSeconds()));
        md.append(String.format(
                Locale.ROOT,
                "| mix | form view : submission : status lookup = %d : %d : %d (a submission always sends a form"
                        + " the user viewed; status lookups use codes from receipts of the run) |%n",
                settings.formWeight(),
                settings.submissionWeight(),
                settings.statusWeight()));
        md.append("| stack | ")
                .append(
                        options.containsKey("intake")
                                ? "a running stack at " + options.get("intake")
                                : "the whole local stack (Kafka KRaft, mongo-java-server with H2, identity provider,"
                                        + " five services, gateway) on free ports in an empty temporary data"
                                        + " directory, each service with `-Xmx256m`, on the same machine as the"
                                        + " load generator")
                .append(" |\n");
        md.append("| intake arguments | `")
                .append(String.join(" ", INTAKE_ARGUMENTS))
                .append("` |\n");
        md.append("| gateway arguments | `")
                .append(String.join(" ", GATEWAY_ARGUMENTS))
                .append("` |\n");
        return md.toString();
    }

    /** Starts the stack, stopped again on Ctrl-C, and says where its data and logs are and how long it took. */
    static void start(LocalStack stack, Path data) throws IOException, InterruptedException, TimeoutException {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> closeOnce(stack), "load-stop"));
        System.out.println("Starting the stack in " + data + " (logs in " + data.resolve("logs") + ") ...");
        long before = System.nanoTime();
        stack.start();
        System.out.printf(
                Locale.ROOT,
                "Started in %.0f s.%n",
                Duration.ofNanos(System.nanoTime() - before).toMillis() / 1e3);
    }

    /** Prints a report and writes it to {@code --out}, if given. */
    static void publish(Map<String, String> options, String markdown) throws IOException {
        System.out.println();
        System.out.println(markdown);
        if (options.containsKey("out")) {
            Path out = Path.of(options.get("out"));
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            Files.writeString(out, markdown);
            System.out.println("Written to " + out.toAbsolutePath());
        }
    }

    /** The head of a report's table of facts: date, commit, machine and the command that ran. */
    static String runFacts(Map<String, String> options, String benchmark) {
        StringBuilder md = new StringBuilder();
        md.append("| | |\n|---|---|\n");
        md.append("| date | ")
                .append(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        ZonedDateTime.now(ZoneOffset.UTC).withNano(0)))
                .append(" |\n");
        md.append("| commit | `")
                .append(options.getOrDefault("commit", "unknown"))
                .append("` |\n");
        md.append("| machine | ").append(machine()).append(" |\n");
        md.append("| command | `")
                .append(options.getOrDefault("command", benchmark + " " + String.join(" ", options.keySet())))
                .append("` |\n");
        return md.toString();
    }

    private static String notes() {
        return """

                ## How it is measured

                - **Server time** is Spring's own `http.server.requests` timer in intake, from the request's arrival
                  in the servlet container to the end of the response (template rendering included). The benchmark
                  turns on its histogram buckets with fine SLO boundaries (1 ms steps up to 20 ms, then 2, 5, 10,
                  25 and 100 ms steps up to 3 s), scrapes `/actuator/prometheus` when the measured window starts and
                  when it ends, and reads p50/p95/p99 from the difference by linear interpolation inside the
                  bucket (as Prometheus' `histogram_quantile`): the figures cover exactly the window, every status.
                  Micrometer's own client-side percentiles (`management.metrics.distribution.percentiles`) are not
                  used: with the Prometheus client 1.x Micrometer leaves them out of the scrape once a timer
                  publishes buckets, and they would cover a decaying window of about two minutes, warm-up included.
                - **Client time** is measured by the load generator (`dk.infohus.launcher.load`, JDK `HttpClient`,
                  HTTP/1.1, one client and cookie store per user) from sending a request to having read the whole
                  answer; percentiles by sorting every latency (nearest rank). Only requests that start and end
                  within the window count; a request is *ok* when it is answered 200 with what a user needs next
                  (the form with its idempotency key, the receipt page with a code, the status page).
                - Submissions carry no ALTCHA solution (as from a browser without JavaScript): the benchmark raises
                  intake's `unverified-submissions-per-hour` so that the budget does not refuse them; through the
                  front door it raises the per-address and per-session rate limits, as every user comes from
                  127.0.0.1. Through the front door each user has a session: the form carries its CSRF token in the
                  action, as a browser would send it.
                - The two phases run one after the other against the same processes: the later one profits from
                  the JIT warm-up of the earlier one, and meets a store that holds the earlier one's concerns. The
                  "vs. the direct phase" column is therefore the gateway's cost only when the warm-up is long
                  enough that the JVMs are warm before the first phase is measured (on 2 shared cores, 30 s is not).
                - Everything, the load generator included, shares the machine's cores: the figures are an upper
                  bound of what the pages cost, not a capacity plan.
                """;
    }

    static String machine() {
        StringBuilder machine = new StringBuilder();
        machine.append(Runtime.getRuntime().availableProcessors()).append(" cores");
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    machine.append(" (")
                            .append(line.substring(line.indexOf(':') + 1).strip())
                            .append(")");
                    break;
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    machine.append(String.format(Locale.ROOT, ", %.1f GB memory", kb / 1024.0 / 1024.0));
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            // no /proc: cores only
        }
        machine.append(", ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.version"))
                .append(", Java ")
                .append(System.getProperty("java.version"));
        return machine.toString();
    }

    /** SLO boundaries for the histogram, in milliseconds: fine where page times are, coarser above. */
    static String sloBoundaries() {
        List<String> bounds = new ArrayList<>();
        int[][] ranges = {{1, 20, 1}, {22, 50, 2}, {55, 100, 5}, {110, 300, 10}, {325, 1000, 25}, {1100, 3000, 100}};
        for (int[] range : ranges) {
            for (int ms = range[0]; ms <= range[1]; ms += range[2]) {
                bounds.add(ms + "ms");
            }
        }
        return String.join(",", bounds);
    }

    static LocalStack.Ports freePorts() {
        int[] ports = take(5 + Service.values().length);
        Map<Service, Integer> services = new EnumMap<>(Service.class);
        for (Service service : Service.values()) {
            services.put(service, ports[5 + service.ordinal()]);
        }
        return new LocalStack.Ports(ports[0], ports[1], ports[2], ports[3], ports[4], services);
    }

    private static int[] take(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                socket.setReuseAddress(true);
                sockets.add(socket);
            }
            return sockets.stream().mapToInt(ServerSocket::getLocalPort).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException ignored) {
                    // released anyway
                }
            }
        }
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            if (!arg.startsWith("--")) {
                throw new IllegalArgumentException("options look like --name=value, not " + arg);
            }
            int equals = arg.indexOf('=');
            if (equals < 0) {
                options.put(arg.substring(2), "");
            } else {
                options.put(arg.substring(2, equals), arg.substring(equals + 1));
            }
        }
        return options;
    }

    /** {@code 30}, {@code 30s}, {@code 2m}. */
    static Duration duration(String text) {
        String value = text.strip();
        if (value.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(value.substring(0, value.length() - 2)));
        }
        if (value.endsWith("m")) {
            return Duration.ofMinutes(Long.parseLong(value.substring(0, value.length() - 1)));
        }
        if (value.endsWith("s")) {
            value = value.substring(0, value.length() - 1);
        }
        return Duration.ofSeconds(Long.parseLong(value));
    }

    private static int weight(Map<String, String> options, int index) {
        String[] weights = options.getOrDefault("mix", "3,1,2").split(",");
        if (weights.length != 3) {
            throw new IllegalArgumentException("--mix is three weights: form views, submissions, status lookups");
        }
        return Integer.parseInt(weights[index].strip());
    }

    static String ms(double seconds) {
        return Double.isNaN(seconds) ? "–" : String.format(Locale.ROOT, "%.1f ms", seconds * 1000);
    }

    static String msNanos(long nanos) {
        return String.format(Locale.ROOT, "%.1f ms", nanos / 1e6);
    }

    private static final AtomicBoolean CLOSED = new AtomicBoolean();

    /** Stops the stack once: at the end of the run, or on Ctrl-C. */
    static void closeOnce(LocalStack stack) {
        if (CLOSED.compareAndSet(false, true)) {
            stack.close();
        }
    }

    static void deleteRecursively(Path directory) throws IOException {
        if (directory == null || !Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}
