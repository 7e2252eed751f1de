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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system on the embedded default, each part its own process: a Kafka broker (KRaft) from
 * Kafka's own jars, the durable MongoDB-wire server, then the five services from their packaged jars.
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

    /** Where each part listens. */
    public record Ports(int kafka, int kafkaController, int mongo, Map<Service, Integer> services) {

        public static Ports defaults() {
            Map<Service, Integer> services = new EnumMap<>(Service.class);
            for (Service service : Service.values()) {
                services.put(service, service.defaultPort());
            }
            return new Ports(
                    KafkaBroker.DEFAULT_PORT, KafkaBroker.DEFAULT_CONTROLLER_PORT, MongoStore.DEFAULT_PORT, services);
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
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private volatile boolean stopping;
    private Thread supervisor;

    public LocalStack(Path repository, Path data, Ports ports) {
        this.repository = repository.toAbsolutePath().normalize();
        this.data = data.toAbsolutePath().normalize();
        this.ports = ports;
    }

    /** Starts every part in order and returns when all five services are ready. */
    public void start() throws IOException, InterruptedException, TimeoutException {
        Files.createDirectories(data.resolve("logs"));
        List<Path> jars = new ArrayList<>();
        for (Service service : Service.values()) {
            jars.add(jarOf(service));
        }
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
        for (Service service : Service.values()) {
            Path jar = jars.get(service.ordinal());
            recipes.put(
                    service.module(),
                    () -> ChildProcess.javaJar(service.module(), jar)
                            .jvmOptions(SERVICE_JVM_OPTIONS.toArray(String[]::new))
                            .arguments(
                                    "--server.port=" + ports.of(service),
                                    "--spring.kafka.bootstrap-servers=" + kafkaBootstrap(),
                                    "--spring.mongodb.uri=" + mongoUri())
                            .workingDirectory(repository)
                            .logFile(log(service.module())));
            launch(service.module());
        }
        for (Service service : Service.values()) {
            awaitReady(service, SERVICE_TIMEOUT);
        }
        supervisor = new Thread(this::supervise, "infohus-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    /** Stops the services first, then the broker, then the store; each gets time to finish cleanly. */
    @Override
    public void close() {
        stopping = true;
        if (supervisor != null) {
            supervisor.interrupt();
        }
        List<Thread> stops = new ArrayList<>();
        for (Service service : Service.values()) {
            stops.add(stopInBackground(service.module()));
        }
        joinAll(stops);
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

    public Path logFile(String part) {
        return log(part);
    }

    public Path dataDirectory() {
        return data;
    }

    /** Process ids by part name, for measuring and for {@code kill -9} by hand. */
    public Map<String, Long> pids() {
        Map<String, Long> pids = new java.util.LinkedHashMap<>();
        Stream.concat(Stream.of("kafka", "mongo"), Stream.of(Service.values()).map(Service::module))
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
        long deadline = System.nanoTime() + timeout.toNanos();
        URI readiness = url(service).resolve("/actuator/health/readiness");
        while (System.nanoTime() < deadline) {
            ChildProcess child = running.get(service.module());
            if (!child.isAlive() && !stopping) {
                throw new IllegalStateException(
                        service.module() + " stopped while starting; see " + child.logFile() + child.tail());
            }
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(readiness)
                                .timeout(Duration.ofSeconds(2))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            child.awaitExit(Duration.ofMillis(250));
        }
        throw new TimeoutException(
                service.module() + " was not ready within " + timeout + "; see " + log(service.module()));
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

    private Path jarOf(Service service) throws IOException {
        Path target = repository.resolve(service.module()).resolve("target");
        if (Files.isDirectory(target)) {
            try (Stream<Path> files = Files.list(target)) {
                var jar = files.filter(file -> {
                            String name = file.getFileName().toString();
                            return name.startsWith(service.module() + "-") && name.endsWith(".jar");
                        })
                        .findFirst();
                if (jar.isPresent()) {
                    return jar.get();
                }
            }
        }
        throw new IllegalStateException("No jar of " + service.module() + " in " + target
                + ": build first with ./mvnw -DskipTests package (./infohus run does it for you)");
    }
}
