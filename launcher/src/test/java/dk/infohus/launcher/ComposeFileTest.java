package dk.infohus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the repository's docker-compose.yml without a Docker engine: Compose itself must accept the file, and the
 * parsed file must wire every service to Kafka, to its own MongoDB database as its own user, to its own port, and
 * start it only after healthy infrastructure.
 */
class ComposeFileTest {

    /** One row per service: the compose service, the Maven module its image is built from, its database, its port. */
    record ServiceRow(String service, String module, String database, int port) {

        /** The environment variable holding this service's MongoDB password, for Mongo and for the service. */
        String passwordVariable() {
            return database.toUpperCase(Locale.ROOT) + "_DB_PASSWORD";
        }

        @Override
        public String toString() {
            return service;
        }
    }

    static final List<ServiceRow> SERVICES = List.of(
            new ServiceRow("intake-service", "intake-service", "intake", 8081),
            new ServiceRow("screening-service", "screening-service", "screening", 8082),
            new ServiceRow("assessment-service", "assessment-service", "assessment", 8083),
            new ServiceRow("referral-service", "referral-service", "referral", 8084),
            new ServiceRow("notification-service", "notification-service", "notification", 8085));

    private static final String COMPOSE_FILE = "docker-compose.yml";
    private static final String INIT_DIRECTORY = "/docker-entrypoint-initdb.d";
    private static final Pattern MONGODB_URI = Pattern.compile("mongodb://(?<user>[^:@/]+):(?<password>[^@]+)@"
            + "(?<host>[^:/?,]+)(?::(?<port>\\d+))?/(?<database>[^?]+)(?:\\?(?<options>.*))?");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\w+(?::?-(?<default>[^}]*))?}");

    private static Path root;
    private static Map<String, Object> composeServices;

    static Stream<ServiceRow> services() {
        return SERVICES.stream();
    }

    @BeforeAll
    static void readComposeFile() throws IOException {
        root = repositoryRoot();
        try (Reader reader = Files.newBufferedReader(root.resolve(COMPOSE_FILE), StandardCharsets.UTF_8)) {
            Map<String, Object> compose = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader), "file");
            composeServices = map(compose.get("services"), "services");
        }
    }

    @Test
    void composeAcceptsTheFile() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(composeCommand());
        command.addAll(List.of("-f", COMPOSE_FILE, "config", "-q"));

        Run run = run(command);

        assertThat(run.exitCode())
                .as("`%s` in %s exited with %d:%n%s", String.join(" ", command), root, run.exitCode(), run.output())
                .isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void serviceIsBuiltFromThisRepositoryWithItsModule(ServiceRow row) throws IOException {
        Map<String, Object> build = map(service(row.service()).get("build"), row + ".build");

        assertThat(root.resolve(String.valueOf(build.get("context"))).normalize())
                .as("%s builds with the repository root as context", row)
                .isEqualTo(root);
        Path dockerfile = root.resolve(String.valueOf(build.getOrDefault("dockerfile", "Dockerfile")));
        assertThat(dockerfile).as("%s's Dockerfile", row).isRegularFile();
        assertThat(Files.readString(dockerfile)).as("%s", dockerfile).contains("ARG SERVICE");
        assertThat(keyValues(build.get("args"), row + ".build.args"))
                .as("%s's build args", row)
                .containsEntry("SERVICE", row.module());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void serviceTalksToKafkaOnTheComposeNetwork(ServiceRow row) {
        assertThat(environment(row.service())).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void serviceUsesItsOwnDatabaseAsItsOwnUser(ServiceRow row) {
        Map<String, String> environment = environment(row.service());
        String uri = environment.get("SPRING_MONGODB_URI");
        assertThat(uri).as("%s's SPRING_MONGODB_URI", row).isNotNull();
        Matcher matcher = MONGODB_URI.matcher(uri);
        assertThat(matcher.matches())
                .as("%s's SPRING_MONGODB_URI %s is mongodb://user:password@host[:port]/database[?options]", row, uri)
                .isTrue();

        assertThat(matcher.group("host")).as("host in %s", uri).isEqualTo("mongo");
        assertThat(matcher.group("port")).as("port in %s", uri).isIn(null, "27017");
        assertThat(matcher.group("database")).as("database in %s", uri).isEqualTo(row.database());
        assertThat(matcher.group("user")).as("user in %s", uri).isEqualTo(row.database());
        assertThat(options(matcher.group("options")))
                .as("options of %s", uri)
                .containsEntry("authSource", row.database());
        assertThat(environment).containsEntry("SPRING_MONGODB_DATABASE", row.database());

        String password = matcher.group("password");
        assertThat(password)
                .as("password in %s comes from %s", uri, row.passwordVariable())
                .matches(Pattern.quote("${" + row.passwordVariable()) + "(:?-[^}]*)?}");
        assertThat(environment("mongo"))
                .as("Mongo creates the user %s with the same password", row.database())
                .containsEntry(row.passwordVariable(), password);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void serviceServesOnItsOwnPort(ServiceRow row) {
        assertThat(environment(row.service())).containsEntry("SERVER_PORT", String.valueOf(row.port()));
        assertThat(publishedPorts(row.service()))
                .as("%s's published ports (host port to container port)", row)
                .containsEntry(row.port(), row.port());
    }

    @Test
    void port8080IsLeftFreeForTheFrontDoor() {
        for (String name : composeServices.keySet()) {
            assertThat(publishedPorts(name)).as("%s's published ports", name).doesNotContainKey(8080);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void serviceStartsOnlyAfterKafkaAndMongoAreHealthy(ServiceRow row) {
        Map<String, Object> dependsOn = map(service(row.service()).get("depends_on"), row + ".depends_on");
        for (String infrastructure : List.of("kafka", "mongo")) {
            assertThat(map(dependsOn.get(infrastructure), row + ".depends_on." + infrastructure))
                    .containsEntry("condition", "service_healthy");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void serviceHasAReadinessHealthcheck(ServiceRow row) {
        String test = healthcheck(row.service());
        assertThat(test).as("%s's healthcheck", row).contains("/actuator/health/readiness");
        assertThat(test).as("%s's healthcheck", row).contains(String.valueOf(row.port()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void serviceHasResourceLimitsAndARestartPolicy(ServiceRow row) {
        assertResourceLimits(row.service());
        Map<String, Object> service = service(row.service());
        Object deploy = service.get("deploy");
        boolean restartPolicy = service.get("restart") != null
                || (deploy instanceof Map<?, ?> deployMap && deployMap.get("restart_policy") != null);
        assertThat(restartPolicy).as("%s has a restart policy", row).isTrue();
    }

    @Test
    void kafkaIsASingleKraftNodeOfTheOfficialImage() {
        assertThat(String.valueOf(service("kafka").get("image"))).startsWith("apache/kafka:");
        Map<String, String> environment = environment("kafka");
        assertThat(environment.get("KAFKA_PROCESS_ROLES"))
                .as("KAFKA_PROCESS_ROLES")
                .contains("broker", "controller");
        assertThat(environment.get("KAFKA_ADVERTISED_LISTENERS"))
                .as("KAFKA_ADVERTISED_LISTENERS")
                .contains("://kafka:9092");
        assertThat(environment).containsEntry("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false");
        assertThat(healthcheck("kafka")).as("kafka's healthcheck").isNotBlank();
        assertResourceLimits("kafka");
    }

    @Test
    void mongoIsMongo8WithAHealthcheck() {
        assertThat(String.valueOf(service("mongo").get("image"))).matches("mongo:8(\\.[\\w.-]+)?");
        assertThat(healthcheck("mongo")).as("mongo's healthcheck").contains("ping");
        assertResourceLimits("mongo");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void mongoInitScriptCreatesTheServiceUser(ServiceRow row) throws IOException {
        String scripts = initScripts();
        assertThat(scripts).contains("createUser", "readWrite");
        Pattern userRow = Pattern.compile("database:\\s*['\"]" + row.database() + "['\"],\\s*user:\\s*['\"]"
                + row.database() + "['\"],\\s*passwordVariable:\\s*['\"]" + row.passwordVariable() + "['\"]");
        assertThat(scripts)
                .as(
                        "the Mongo init script creates user %s on database %s with password %s",
                        row.database(), row.database(), row.passwordVariable())
                .containsPattern(userRow);
        assertThat(environment("mongo")).containsKey(row.passwordVariable());
    }

    /** The contents of every init script that compose mounts from this repository into Mongo's init directory. */
    private static String initScripts() throws IOException {
        List<Path> scripts = new ArrayList<>();
        for (Object volume : list(service("mongo").get("volumes"), "mongo.volumes")) {
            String[] parts = String.valueOf(volume).split(":");
            if (parts.length < 2 || !parts[1].startsWith(INIT_DIRECTORY) || !parts[0].startsWith(".")) {
                continue;
            }
            Path source = root.resolve(parts[0]).normalize();
            assertThat(source).as("mounted init script source %s", parts[0]).exists();
            if (Files.isDirectory(source)) {
                try (Stream<Path> files = Files.list(source)) {
                    files.filter(file -> file.toString().endsWith(".js")).forEach(scripts::add);
                }
            } else {
                scripts.add(source);
            }
        }
        assertThat(scripts)
                .as("init scripts mounted from this repository into %s", INIT_DIRECTORY)
                .isNotEmpty()
                .allMatch(script -> script.startsWith(root.resolve("docker/mongo")), "are under docker/mongo/");
        StringBuilder contents = new StringBuilder();
        for (Path script : scripts) {
            contents.append(Files.readString(script)).append('\n');
        }
        return contents.toString();
    }

    private static void assertResourceLimits(String name) {
        Map<String, Object> service = service(name);
        Map<String, Object> limits = Map.of();
        if (service.get("deploy") instanceof Map<?, ?> deploy
                && deploy.get("resources") instanceof Map<?, ?> resources
                && resources.get("limits") != null) {
            limits = map(resources.get("limits"), name + ".deploy.resources.limits");
        }
        Object memory = limits.getOrDefault("memory", service.get("mem_limit"));
        Object cpus = limits.getOrDefault("cpus", service.get("cpus"));
        assertThat(memory).as("%s's memory limit", name).isNotNull();
        assertThat(cpus).as("%s's cpu limit", name).isNotNull();
    }

    /** The healthcheck's test as one string; fails when there is none or it is disabled. */
    private static String healthcheck(String name) {
        Map<String, Object> healthcheck = map(service(name).get("healthcheck"), name + ".healthcheck");
        assertThat(healthcheck.get("disable"))
                .as("%s.healthcheck.disable", name)
                .isNotEqualTo(Boolean.TRUE);
        Object test = healthcheck.get("test");
        assertThat(test).as("%s.healthcheck.test", name).isNotNull();
        String joined = test instanceof List<?> parts
                ? parts.stream().map(String::valueOf).collect(Collectors.joining(" "))
                : String.valueOf(test);
        assertThat(joined).as("%s.healthcheck.test", name).doesNotStartWith("NONE");
        return joined;
    }

    /** Published host port to container port, from short ("[ip:]host:container[/proto]") and long syntax. */
    private static Map<Integer, Integer> publishedPorts(String name) {
        Map<Integer, Integer> ports = new LinkedHashMap<>();
        Object declared = service(name).get("ports");
        if (declared == null) {
            return ports;
        }
        for (Object port : list(declared, name + ".ports")) {
            if (port instanceof Map<?, ?> longSyntax) {
                if (longSyntax.get("published") != null) {
                    ports.put(
                            Integer.valueOf(String.valueOf(longSyntax.get("published"))),
                            Integer.valueOf(String.valueOf(longSyntax.get("target"))));
                }
                continue;
            }
            String[] parts = withDefaults(String.valueOf(port))
                    .replaceFirst("/\\w+$", "")
                    .split(":");
            if (parts.length >= 2) {
                ports.put(Integer.valueOf(parts[parts.length - 2]), Integer.valueOf(parts[parts.length - 1]));
            }
        }
        return ports;
    }

    /** Replaces compose's ${VARIABLE:-default} and ${VARIABLE-default} by their defaults, ${VARIABLE} by "". */
    private static String withDefaults(String value) {
        return VARIABLE.matcher(value)
                .replaceAll(variable -> Matcher.quoteReplacement(variable.group(1) == null ? "" : variable.group(1)));
    }

    private static Map<String, String> environment(String name) {
        return keyValues(service(name).get("environment"), name + ".environment");
    }

    /** A map or a list of KEY=value entries, as compose allows for environment and build args. */
    private static Map<String, String> keyValues(Object declared, String what) {
        Map<String, String> values = new LinkedHashMap<>();
        if (declared instanceof List<?> entries) {
            for (Object entry : entries) {
                String[] keyValue = String.valueOf(entry).split("=", 2);
                values.put(keyValue[0], keyValue.length > 1 ? keyValue[1] : null);
            }
            return values;
        }
        map(declared, what).forEach((key, value) -> values.put(key, value == null ? null : String.valueOf(value)));
        return values;
    }

    private static Map<String, String> options(String query) {
        Map<String, String> options = new LinkedHashMap<>();
        if (query != null) {
            for (String option : query.split("&")) {
                String[] keyValue = option.split("=", 2);
                options.put(keyValue[0], keyValue.length > 1 ? keyValue[1] : "");
            }
        }
        return options;
    }

    private static Map<String, Object> service(String name) {
        assertThat(composeServices).as("services in %s", COMPOSE_FILE).containsKey(name);
        return map(composeServices.get(name), "service " + name);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        assertThat(value).as("%s in %s", what, COMPOSE_FILE).isInstanceOf(Map.class);
        return (Map<String, Object>) value;
    }

    private static List<?> list(Object value, String what) {
        assertThat(value).as("%s in %s", what, COMPOSE_FILE).isInstanceOf(List.class);
        return (List<?>) value;
    }

    private static Path repositoryRoot() {
        Path start = Path.of("").toAbsolutePath();
        for (Path directory = start; directory != null; directory = directory.getParent()) {
            if (Files.isRegularFile(directory.resolve(COMPOSE_FILE))) {
                return directory;
            }
        }
        throw new AssertionError("no " + COMPOSE_FILE + " in " + start + " or any directory above it");
    }

    /** Debian's docker-compose (1.29) if installed, else the Compose v2 plugin of the docker CLI. */
    private static List<String> composeCommand() throws InterruptedException {
        for (List<String> candidate : List.of(List.of("docker-compose"), List.of("docker", "compose"))) {
            List<String> version = new ArrayList<>(candidate);
            version.add("version");
            try {
                if (run(version).exitCode() == 0) {
                    return candidate;
                }
            } catch (IOException notInstalled) {
                // try the next one
            }
        }
        return fail("Neither `docker-compose` nor `docker compose` works on this machine, so " + COMPOSE_FILE
                + " cannot be validated. Install Debian's docker-compose package: apt-get install -y docker-compose");
    }

    record Run(int exitCode, String output) {}

    private static Run run(List<String> command) throws IOException, InterruptedException {
        Path output = Files.createTempFile("compose", ".out");
        try {
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            process.getOutputStream().close();
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return fail("`%s` did not finish within 2 minutes", String.join(" ", command));
            }
            return new Run(process.exitValue(), Files.readString(output));
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
