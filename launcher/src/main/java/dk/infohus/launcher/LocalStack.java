package dk.infohus.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system on the embedded default, each part its own process: a Kafka broker (KRaft) from
 * Kafka's own jars, the durable MongoDB-wire server, the identity provider, the five services from their
 * packaged jars and, once it is built, the gateway (the front door) in front of them.
 * A part that dies is started again, as a container runtime would, so that killing the broker or the
 * store with {@code kill -9} shows what survives a crash. All data lives under one directory.
 */
public final class LocalStack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);

    private static final Duration INFRASTRUCTURE_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(240);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final List<String> SERVICE_JVM_OPTIONS =
            List.of("-Xms64m", "-Xmx256m", "-XX:MaxMetaspaceSize=192m", "-Xss512k");

    /** The identity provider's part name, which is also its Maven module. */
    public static final String IDENTITY_PROVIDER = "identity-provider";

    /** The gateway's (the front door's) part name, which is also its Maven module. */
    public static final String GATEWAY = "gateway";

    /** The gateway's OAuth2 client registration id, as in its redirect URI {@code /login/oauth2/code/infohus}. */
    private static final String REGISTRATION = "infohus";

    /**
     * Where each part listens.
     *
     * @param identity the identity provider, whose issuer is {@code http://localhost:<identity>}
     * @param gateway the front door, the one origin a browser uses
     */
    public record Ports(
            int kafka, int kafkaController, int mongo, int identity, int gateway, Map<Service, Integer> services) {

        public static final int DEFAULT_IDENTITY_PORT = 9000;
        public static final int DEFAULT_GATEWAY_PORT = 8080;

        public static Ports defaults() {
            Map<Service, Integer> services = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                services.put(service, service.defaultPort());
            }
            return new Ports(
                    KafkaBroker.DEFAULT_PORT,
                    KafkaBroker.DEFAULT_CONTROLLER_PORT,
                    MongoStore.DEFAULT_PORT,
                    DEFAULT_IDENTITY_PORT,
                    DEFAULT_GATEWAY_PORT,
                    services);
        }

        public int of(Service service) {
            return services.get(service);
        }
    }

    private final Path repository;
    private final Path data;
    private final Ports ports;
    private final Map<String, Supplier<ChildProcess.Builder>> recipes = new ConcurrentHashMap<>();
    private final Map<String, ChildProcess> running = new ConcurrentHashMap<>();
    private final Map<String, List<String>> extraArguments = new ConcurrentHashMap<>();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean stopping;
    private volatile boolean gatewayStarted;
    private Thread supervisor;

    public LocalStack(Path repository, Path data, Ports ports) {
        this.repository = repository.toAbsolutePath().normalize();
        this.data = data.toAbsolutePath().normalize();
        this.ports = ports;
    }

    /**
     * Adds command-line arguments to one part, after its own: for a benchmark or a trial, e.g.
     * {@code addArguments("intake-service", List.of("--infohus.intake.unverified-submissions-per-hour=100000"))}.
     * Call it before {@link #start()}; a part started again after a crash gets them too.
     *
     * @param part a service's module name, {@link #GATEWAY} or {@link #IDENTITY_PROVIDER}
     */
    public LocalStack addArguments(String part, List<String> arguments) {
        extraArguments.merge(
                part,
                List.copyOf(arguments),
                (before, added) ->
                        Stream.concat(before.stream(), added.stream()).toList());
        return this;
    }

    /**
     * Starts every part in order and returns when all are ready: the store and the broker, the identity
     * provider (its discovery document answers), the five services (ready), then the gateway if it is built.
     */
    public void start() throws IOException, InterruptedException, TimeoutException {
        Files.createDirectories(data.resolve("logs"));
        List<Path> jars = new ArrayList<>();
        for (Service service : Service.values()) {
            jars.add(jarOf(service.module()));
        }
        Path identityJar = jarOf(IDENTITY_PROVIDER);
        Optional<Path> gatewayJar = findJar(GATEWAY);
        recipes.put(
                "mongo",
                () -> MongoStore.childProcess(
                        data.resolve("mongo").resolve("infohus.mv"), ports.mongo(), log("mongo")));
        recipes.put(
                "kafka",
                () -> KafkaBroker.childProcess(
                        data.resolve("kafka"), ports.kafka(), ports.kafkaController(), log("kafka")));
        Files.createDirectories(data.resolve("mongo"));
        launch("mongo");
        launch("kafka");
        running.get("mongo").awaitPort(ports.mongo(), INFRASTRUCTURE_TIMEOUT);
        running.get("kafka").awaitPort(ports.kafka(), INFRASTRUCTURE_TIMEOUT);

        recipes.put(
                IDENTITY_PROVIDER,
                () -> ChildProcess.javaJar(IDENTITY_PROVIDER, identityJar)
                        .jvmOptions(SERVICE_JVM_OPTIONS.toArray(String[]::new))
                        .arguments(withExtra(IDENTITY_PROVIDER, identityProviderArguments())
                                .toArray(String[]::new))
                        .workingDirectory(repository)
                        .logFile(log(IDENTITY_PROVIDER)));
        launch(IDENTITY_PROVIDER);
        awaitIdentityProvider(SERVICE_TIMEOUT);

        for (Service service : Service.values()) {
            Path jar = jars.get(service.ordinal());
            recipes.put(
                    service.module(),
                    () -> ChildProcess.javaJar(service.module(), jar)
                            .jvmOptions(SERVICE_JVM_OPTIONS.toArray(String[]::new))
                            .arguments(withExtra(service.module(), serviceArguments(service))
                                    .toArray(String[]::new))
                            .workingDirectory(repository)
                            .logFile(log(service.module())));
            launch(service.module());
        }
        for (Service service : Service.values()) {
            awaitReady(service, SERVICE_TIMEOUT);
        }

        if (gatewayJar.isPresent()) {
            recipes.put(
                    GATEWAY,
                    () -> ChildProcess.javaJar(GATEWAY, gatewayJar.get())
                            .jvmOptions(SERVICE_JVM_OPTIONS.toArray(String[]::new))
                            .arguments(withExtra(GATEWAY, gatewayArguments()).toArray(String[]::new))
                            .workingDirectory(repository)
                            .logFile(log(GATEWAY)));
            launch(GATEWAY);
            awaitGateway(SERVICE_TIMEOUT);
            gatewayStarted = true;
        } else {
            log.warn(
                    "No gateway jar in {}: starting without the front door; the services answer on their own ports",
                    repository.resolve(GATEWAY).resolve("target"));
        }
        supervisor = new Thread(this::supervise, "infohus-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    /**
     * Stops the gateway first, then the services, the identity provider, the broker and last the store; each
     * gets time to finish cleanly.
     */
    @Override
    public void close() {
        stopping = true;
        if (supervisor != null) {
            supervisor.interrupt();
        }
        joinAll(List.of(stopInBackground(GATEWAY)));
        List<Thread> stops = new ArrayList<>();
        for (Service service : Service.values()) {
            stops.add(stopInBackground(service.module()));
        }
        joinAll(stops);
        joinAll(List.of(stopInBackground(IDENTITY_PROVIDER)));
        joinAll(List.of(stopInBackground("kafka")));
        joinAll(List.of(stopInBackground("mongo")));
    }

    /** Kills a part with SIGKILL, as {@code kill -9} would; the supervisor starts it again. */
    public void kill(String part) throws InterruptedException {
        ChildProcess child = running.get(part);
        if (child != null) {
            child.kill();
        }
    }

    /** Waits until a killed part is running again and accepts connections. */
    public void awaitRestarted(String part, Duration timeout) throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            ChildProcess child = running.get(part);
            if (child != null && child.isAlive()) {
                Duration left = Duration.ofNanos(deadline - System.nanoTime());
                switch (part) {
                    case "kafka" -> child.awaitPort(ports.kafka(), left);
                    case "mongo" -> child.awaitPort(ports.mongo(), left);
                    case IDENTITY_PROVIDER -> awaitIdentityProvider(left);
                    case GATEWAY -> awaitGateway(left);
                    default ->
                        awaitReady(
                                Service.valueOf(
                                        part.substring(0, part.indexOf('-')).toUpperCase()),
                                left);
                }
                return;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        throw new TimeoutException(part + " was not started again within " + timeout);
    }

    public String kafkaBootstrap() {
        return "localhost:" + ports.kafka();
    }

    public String mongoUri() {
        return "mongodb://localhost:" + ports.mongo();
    }

    public URI url(Service service) {
        return URI.create("http://localhost:" + ports.of(service));
    }

    /** The identity provider's issuer: every token names it, and the services and the gateway trust it. */
    public URI identityIssuer() {
        return URI.create("http://localhost:" + ports.identity());
    }

    /** The front door, where a browser signs in; empty when the gateway is not built and was not started. */
    public Optional<URI> gatewayUrl() {
        return gatewayStarted ? Optional.of(URI.create("http://localhost:" + ports.gateway())) : Optional.empty();
    }

    /** Where the gateway's jar is looked for, for the note that it was not started. */
    public Path gatewayTarget() {
        return repository.resolve(GATEWAY).resolve("target");
    }

    /**
     * The identity provider's command-line arguments: its port, the issuer, the signing key under the data
     * directory (so tokens survive a restart), and the gateway's redirect URIs at the gateway's port.
     */
    public List<String> identityProviderArguments() {
        String gateway = "http://localhost:" + ports.gateway();
        return List.of(
                "--server.port=" + ports.identity(),
                "--infohus.identity.issuer=" + identityIssuer(),
                "--infohus.identity.key-file=" + data.resolve("identity").resolve("signing-key.json"),
                "--infohus.identity.gateway.redirect-uris=" + gateway + "/login/oauth2/code/" + REGISTRATION,
                "--infohus.identity.gateway.post-logout-redirect-uris=" + gateway + "/");
    }

    private List<String> withExtra(String part, List<String> arguments) {
        return Stream.concat(arguments.stream(), extraArguments.getOrDefault(part, List.of()).stream())
                .toList();
    }

    /**
     * A service's command-line arguments: its port, the broker, the store and the issuer it trusts; for
     * intake also its secret (blind index, receipt codes), kept under the data directory so that repeat
     * concerns stay linked across restarts.
     */
    public List<String> serviceArguments(Service service) {
        List<String> arguments = new ArrayList<>(List.of(
                "--server.port=" + ports.of(service),
                "--spring.kafka.bootstrap-servers=" + kafkaBootstrap(),
                "--spring.mongodb.uri=" + mongoUri(),
                "--spring.security.oauth2.resourceserver.jwt.issuer-uri=" + identityIssuer()));
        if (service == Service.INTAKE) {
            arguments.add("--infohus.intake.secret-file="
                    + data.resolve("intake").resolve("secret.key").toAbsolutePath());
        }
        return arguments;
    }

    /** The gateway's command-line arguments: its port, where each service answers, and the issuer. */
    public List<String> gatewayArguments() {
        List<String> arguments = new ArrayList<>();
        arguments.add("--server.port=" + ports.gateway());
        for (Service service : Service.values()) {
            arguments.add("--infohus.gateway.services." + service.shortName() + "=" + url(service));
        }
        arguments.add("--spring.security.oauth2.client.provider." + REGISTRATION + ".issuer-uri=" + identityIssuer());
        return arguments;
    }

    public Path logFile(String part) {
        return log(part);
    }

    public Path dataDirectory() {
        return data;
    }

    /** Process ids by part name, for measuring and for {@code kill -9} by hand. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new java.util.LinkedHashMap<>();
        Stream.of(
                        Stream.of("kafka", "mongo", IDENTITY_PROVIDER),
                        Stream.of(Service.values()).map(Service::module),
                        Stream.of(GATEWAY))
                .flatMap(parts -> parts)
                .forEach(part -> {
                    ChildProcess child = running.get(part);
                    if (child != null) {
                        pids.put(part, child.pid());
                    }
                });
        return pids;
    }

    /** Resident memory of one process, from {@code /proc}; 0 where the system has no {@code /proc}. */
    public static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) * 1024;
                }
            }
        } catch (IOException | UncheckedIOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    private void launch(String part) throws IOException {
        running.put(part, recipes.get(part).get().start());
    }

    private void awaitReady(Service service, Duration timeout) throws InterruptedException, TimeoutException {
        awaitAnswer(
                service.module(), url(service).resolve("/actuator/health/readiness"), status -> status == 200, timeout);
    }

    /** The identity provider is ready when its discovery document answers: the services and gateway read it. */
    private void awaitIdentityProvider(Duration timeout) throws InterruptedException, TimeoutException {
        awaitAnswer(
                IDENTITY_PROVIDER,
                identityIssuer().resolve("/.well-known/openid-configuration"),
                status -> status == 200,
                timeout);
    }

    /**
     * The gateway is ready when it answers its readiness probe with anything but a server error: 200, or a
     * redirect to the sign-in or a 401/404 where its security or its routes keep the probe to themselves.
     */
    private void awaitGateway(Duration timeout) throws InterruptedException, TimeoutException {
        awaitAnswer(
                GATEWAY,
                URI.create("http://localhost:" + ports.gateway() + "/actuator/health/readiness"),
                status -> status < 500,
                timeout);
    }

    private void awaitAnswer(String part, URI uri, IntPredicate ready, Duration timeout)
            throws InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            ChildProcess child = running.get(part);
            if (!child.isAlive() && !stopping) {
                throw new IllegalStateException(
                        part + " stopped while starting; see " + child.logFile() + child.tail());
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(uri)
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.test(response.statusCode())) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            child.awaitExit(Duration.ofMillis(250));
        }
        throw new TimeoutException(part + " was not ready within " + timeout + "; see " + log(part));
    }

    /** Starts again whatever part died while the stack runs. */
    private void supervise() {
        while (!stopping) {
            try {
                for (var entry : running.entrySet()) {
                    if (!entry.getValue().isAlive() && !stopping) {
                        int code = entry.getValue().process().exitValue();
                        log.warn(
                                "{} stopped (exit code {}); starting it again. Log: {}",
                                entry.getKey(),
                                code,
                                log(entry.getKey()));
                        launch(entry.getKey());
                    }
                }
                TimeUnit.MILLISECONDS.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (IOException e) {
                log.error("could not start a part again: {}", e.toString());
            }
        }
    }

    private Thread stopInBackground(String part) {
        Thread thread = new Thread(
                () -> {
                    ChildProcess child = running.get(part);
                    if (child != null) {
                        try {
                            child.stop(STOP_TIMEOUT);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }
                },
                "stop-" + part);
        thread.start();
        return thread;
    }

    private static void joinAll(List<Thread> threads) {
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private Path log(String part) {
        return data.resolve("logs").resolve(part + ".log");
    }

    private Path jarOf(String module) throws IOException {
        return findJar(module)
                .orElseThrow(() -> new IllegalStateException("No jar of " + module + " in "
                        + repository.resolve(module).resolve("target")
                        + ": build first with ./mvnw -DskipTests package (./infohus run does it for you)"));
    }

    /** The packaged jar of a module: {@code <module>/target/<module>-*.jar}. */
    private Optional<Path> findJar(String module) throws IOException {
        Path target = repository.resolve(module).resolve("target");
        if (!Files.isDirectory(target)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(file -> {
                        String name = file.getFileName().toString();
                        return name.startsWith(module + "-") && name.endsWith(".jar");
                    })
                    .findFirst();
        }
    }
}
