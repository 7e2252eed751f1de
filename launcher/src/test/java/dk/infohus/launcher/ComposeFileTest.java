package dk.infohus.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks the repository's docker-compose.yml without a Docker engine: Compose itself must accept the file, and the
 * parsed file must wire every service to Kafka, to its own MongoDB database as its own user, to its own port and to
 * Keycloak's realm as the issuer it trusts, and start it only after healthy infrastructure; the gateway must be the
 * front door on port 8080 in front of the five services; Keycloak's realm export must hold the client, the claims
 * and the same demo users as the local identity provider.
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

    /** One row per image built from this repository: the five services and the gateway. */
    record ImageRow(String service, String module, int port) {

        @Override
        public String toString() {
            return service;
        }
    }

    static final ImageRow GATEWAY = new ImageRow("gateway", "gateway", 8080);

    static final List<ImageRow> IMAGES = Stream.concat(
                    SERVICES.stream().map(row -> new ImageRow(row.service(), row.module(), row.port())),
                    Stream.of(GATEWAY))
            .toList();

    /** The claims the infohus client scope maps from the user attributes of the same names. */
    static final List<String> INFOHUS_CLAIMS = List.of(
            "role", "municipality", "municipalities", "police_district", "department", "authority", "organisation");

    private static final String REALM_FILE = "docker/keycloak/infohus-realm.json";
    private static final String REALM_IMPORT_DIRECTORY = "/opt/keycloak/data/import";
    private static final String IDENTITY_PROVIDER_USERS = "identity-provider/src/main/resources/application.yml";

    private static final String COMPOSE_FILE = "docker-compose.yml";
    private static final int MANAGEMENT_PORT = 9090;
    private static final String INTERNAL_NETWORK = "internal";
    private static final String EDGE_NETWORK = "edge";
    private static final String INIT_DIRECTORY = "/docker-entrypoint-initdb.d";
    private static final Pattern MONGODB_URI = Pattern.compile("mongodb://(?<user>[^:@/]+):(?<password>[^@]+)@"
            + "(?<host>[^:/?,]+)(?::(?<port>\\d+))?/(?<database>[^?]+)(?:\\?(?<options>.*))?");

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\w+(?::?-(?<default>[^}]*))?}");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static Path root;
    private static Map<String, Object> compose;
    private static Map<String, Object> composeServices;

    static Stream<ServiceRow> services() {
        return SERVICES.stream();
    }

    static Stream<ImageRow> images() {
        return IMAGES.stream();
    }

    @BeforeAll
    static void readComposeFile() throws IOException {
        root = repositoryRoot();
        try (Reader reader = Files.newBufferedReader(root.resolve(COMPOSE_FILE), StandardCharsets.UTF_8)) {
            compose = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader), "file");
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
    @MethodSource("images")
    void serviceIsBuiltFromThisRepositoryWithItsModule(ImageRow row) throws IOException {
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
    @MethodSource("images")
    void serviceServesOnItsOwnPortAndItsActuatorOnTheManagementPort(ImageRow row) {
        Map<String, String> environment = environment(row.service());
        assertThat(environment).containsEntry("SERVER_PORT", String.valueOf(row.port()));
        assertThat(environment)
                .as("%s's actuator (prometheus, metrics) is not on the port the front door routes to", row)
                .containsEntry("MANAGEMENT_SERVER_PORT", String.valueOf(MANAGEMENT_PORT));
        assertThat(publishedPorts(row.service()).values())
                .as("%s never publishes its management port", row)
                .doesNotContain(MANAGEMENT_PORT);
    }

    /** Issue 13, one door: nothing reaches a service, Kafka or MongoDB from outside but through the gateway. */
    @Test
    void onlyTheFrontDoorAndTheSignInPublishPorts() {
        Map<String, Map<Integer, Integer>> published = new LinkedHashMap<>();
        for (String name : composeServices.keySet()) {
            Map<Integer, Integer> ports = publishedPorts(name);
            if (!ports.isEmpty()) {
                published.put(name, ports);
            }
        }

        assertThat(published)
                .as("the services that publish ports, host port to container port")
                .containsOnlyKeys(GATEWAY.service(), "keycloak");
        assertThat(published.get(GATEWAY.service())).containsExactly(Map.entry(8080, 8080));
        assertThat(published.get("keycloak")).containsExactly(Map.entry(8180, 8180));
    }

    @Test
    void theServicesKafkaAndMongoSitOnAnInternalNetworkOnly() {
        Map<String, Object> networks = map(compose.get("networks"), "networks");
        assertThat(map(networks.get(INTERNAL_NETWORK), "networks.internal"))
                .as("the internal network has no way in from the host and none out")
                .containsEntry("internal", true);
        List<String> inside = Stream.concat(SERVICES.stream().map(ServiceRow::service), Stream.of("kafka", "mongo"))
                .toList();
        for (String name : inside) {
            assertThat(networksOf(name)).as("%s's networks", name).containsExactly(INTERNAL_NETWORK);
            assertThat(service(name)).as("%s", name).doesNotContainKey("ports");
        }
        assertThat(networksOf(GATEWAY.service())).containsExactlyInAnyOrder(INTERNAL_NETWORK, EDGE_NETWORK);
        assertThat(networksOf("keycloak")).containsExactlyInAnyOrder(INTERNAL_NETWORK, EDGE_NETWORK);
    }

    @Test
    void intakeScansAttachmentsWithClamavWhichPublishesNoPortAndReachesOutOnlyForSignatures() {
        assertThat(environment("intake-service"))
                .containsEntry("INFOHUS_INTAKE_ATTACHMENTS_CLAMD_HOST", "clamav")
                .containsEntry("INFOHUS_INTAKE_ATTACHMENTS_CLAMD_PORT", "3310");
        assertThat(service("clamav")).doesNotContainKey("ports");
        assertThat(networksOf("clamav")).containsExactlyInAnyOrder(INTERNAL_NETWORK, "signature-updates");
        for (String name : composeServices.keySet()) {
            if (!name.equals("clamav")) {
                assertThat(networksOf(name)).as("%s's networks", name).doesNotContain("signature-updates");
            }
        }
        assertThat(healthcheck("clamav")).contains("clamdcheck");
        assertResourceLimits("clamav");
    }

    @Test
    void kafkaAdvertisesOnlyItsInternalListener() {
        Map<String, String> kafka = environment("kafka");
        assertThat(kafka.get("KAFKA_ADVERTISED_LISTENERS")).isEqualTo("PLAINTEXT://kafka:9092");
        assertThat(kafka.get("KAFKA_LISTENERS")).doesNotContain("HOST");
    }

    @Test
    void port8080IsTheFrontDoorsAlone() {
        for (String name : composeServices.keySet()) {
            if (!name.equals(GATEWAY.service())) {
                assertThat(publishedPorts(name))
                        .as("%s's published ports", name)
                        .doesNotContainKey(8080);
            }
        }
        assertThat(publishedPorts(GATEWAY.service())).containsEntry(8080, 8080);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void serviceStartsOnlyAfterKafkaMongoAndKeycloakAreHealthy(ServiceRow row) {
        Map<String, Object> dependsOn = map(service(row.service()).get("depends_on"), row + ".depends_on");
        for (String infrastructure : List.of("kafka", "mongo", "keycloak")) {
            assertThat(map(dependsOn.get(infrastructure), row + ".depends_on." + infrastructure))
                    .containsEntry("condition", "service_healthy");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void serviceHasAReadinessHealthcheck(ImageRow row) {
        String test = healthcheck(row.service());
        assertThat(test).as("%s's healthcheck", row).contains("/actuator/health/readiness");
        assertThat(test).as("%s's healthcheck asks the management port", row).contains(String.valueOf(MANAGEMENT_PORT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("images")
    void serviceHasResourceLimitsAndARestartPolicy(ImageRow row) {
        assertResourceLimits(row.service());
        Map<String, Object> service = service(row.service());
        Object deploy = service.get("deploy");
        boolean restartPolicy = service.get("restart") != null
                || (deploy instanceof Map<?, ?> deployMap && deployMap.get("restart_policy") != null);
        assertThat(restartPolicy).as("%s has a restart policy", row).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void serviceTrustsKeycloaksRealmAsItsIssuer(ServiceRow row) {
        assertThat(environment(row.service()))
                .containsEntry("SPRING_SECURITY_OAUTH2_RESOURCESERVER_JWT_ISSUER_URI", realmIssuer());
    }

    @Test
    void theGatewayRoutesToTheFiveServicesByTheirComposeNames() {
        Map<String, String> environment = environment(GATEWAY.service());
        for (ServiceRow row : SERVICES) {
            assertThat(environment)
                    .containsEntry(
                            "INFOHUS_GATEWAY_SERVICES_" + row.database().toUpperCase(Locale.ROOT),
                            "http://" + row.service() + ":" + row.port());
        }
    }

    @Test
    void theGatewaySignsInWithKeycloaksRealm() {
        Map<String, String> environment = environment(GATEWAY.service());
        assertThat(environment)
                .containsEntry("SPRING_SECURITY_OAUTH2_CLIENT_PROVIDER_INFOHUS_ISSUER_URI", realmIssuer())
                .containsEntry("INFOHUS_IDENTITY_ISSUER", realmIssuer());
        assertThat(environment.get("INFOHUS_GATEWAY_CLIENT_SECRET"))
                .as("the gateway's client secret")
                .isEqualTo(environment("keycloak").get("GATEWAY_CLIENT_SECRET"))
                .startsWith("${GATEWAY_CLIENT_SECRET");
    }

    @Test
    void theGatewayStartsOnlyAfterKeycloakAndTheFiveServicesAreHealthy() {
        Map<String, Object> dependsOn = map(service(GATEWAY.service()).get("depends_on"), "gateway.depends_on");
        List<String> before = new ArrayList<>(List.of("keycloak"));
        SERVICES.forEach(row -> before.add(row.service()));
        for (String part : before) {
            assertThat(map(dependsOn.get(part), "gateway.depends_on." + part))
                    .containsEntry("condition", "service_healthy");
        }
    }

    @Test
    void keycloakImportsTheInfohusRealmWithAHealthcheckAndLimits() {
        Map<String, Object> keycloak = service("keycloak");
        assertThat(String.valueOf(keycloak.get("image"))).matches("quay\\.io/keycloak/keycloak:26(\\.[\\w.-]+)?");
        String command = keycloak.get("command") instanceof List<?> parts
                ? parts.stream().map(String::valueOf).collect(Collectors.joining(" "))
                : String.valueOf(keycloak.get("command"));
        assertThat(command).contains("start-dev", "--import-realm");
        assertThat(list(keycloak.get("volumes"), "keycloak.volumes"))
                .map(String::valueOf)
                .anySatisfy(volume ->
                        assertThat(volume).startsWith("./" + REALM_FILE + ":" + REALM_IMPORT_DIRECTORY + "/"));
        assertThat(root.resolve(REALM_FILE)).isRegularFile();
        assertThat(healthcheck("keycloak")).contains("/health/ready");
        assertThat(environment("keycloak")).containsEntry("KC_HEALTH_ENABLED", "true");
        assertResourceLimits("keycloak");
    }

    @Test
    void keycloaksIssuerIsTheSameForTheBrowserAndTheContainers() {
        URI issuer = URI.create(realmIssuer());
        assertThat(issuer.getHost())
                .as("a *.localhost name: a browser resolves it to this machine")
                .endsWith(".localhost");
        assertThat(publishedPorts("keycloak")).containsEntry(issuer.getPort(), issuer.getPort());
        assertThat(environment("keycloak")).containsEntry("KC_HTTP_PORT", String.valueOf(issuer.getPort()));
        Map<String, Object> network = map(
                map(service("keycloak").get("networks"), "keycloak.networks").get(INTERNAL_NETWORK),
                "keycloak.networks.internal");
        assertThat(list(network.get("aliases"), "keycloak.networks.internal.aliases").stream()
                        .map(String::valueOf))
                .as("on the compose network the issuer's host is Keycloak")
                .contains(issuer.getHost());
    }

    @Test
    void theRealmHasTheGatewayAsAConfidentialClientWithPkce() throws IOException {
        JsonNode client = realmClient("infohus-gateway");
        assertThat(client.get("publicClient").asBoolean()).isFalse();
        assertThat(client.get("standardFlowEnabled").asBoolean()).isTrue();
        assertThat(client.get("directAccessGrantsEnabled").asBoolean())
                .as("no passwords through the client")
                .isFalse();
        assertThat(client.get("implicitFlowEnabled").asBoolean()).isFalse();
        assertThat(client.get("secret").asString()).startsWith("${GATEWAY_CLIENT_SECRET:");
        assertThat(strings(client.get("redirectUris")))
                .containsExactly("http://localhost:8080/login/oauth2/code/infohus");
        assertThat(client.get("attributes").get("pkce.code.challenge.method").asString())
                .isEqualTo("S256");
        assertThat(strings(client.get("defaultClientScopes"))).contains("basic", "profile", "infohus");
    }

    @Test
    void theInfohusScopeMapsEveryClaimIntoAccessAndIdTokensWithTheAudienceInfohus() throws IOException {
        JsonNode scope = realmClientScope("infohus");
        Map<String, JsonNode> mappers = new LinkedHashMap<>();
        scope.get("protocolMappers")
                .forEach(mapper -> mappers.put(mapper.get("name").asString(), mapper));

        for (String claim : INFOHUS_CLAIMS) {
            JsonNode mapper = mappers.get(claim);
            assertThat(mapper).as("mapper of %s", claim).isNotNull();
            JsonNode config = mapper.get("config");
            assertThat(mapper.get("protocolMapper").asString()).isEqualTo("oidc-usermodel-attribute-mapper");
            assertThat(config.get("user.attribute").asString()).isEqualTo(claim);
            assertThat(config.get("claim.name").asString()).isEqualTo(claim);
            assertThat(config.get("access.token.claim").asString()).as(claim).isEqualTo("true");
            assertThat(config.get("id.token.claim").asString()).as(claim).isEqualTo("true");
            assertThat(config.get("multivalued").asString())
                    .as("%s multivalued", claim)
                    .isEqualTo(String.valueOf(claim.equals("municipalities")));
        }
        JsonNode audience = mappers.values().stream()
                .filter(mapper -> mapper.get("protocolMapper").asString().equals("oidc-audience-mapper"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no audience mapper in the infohus scope"));
        assertThat(audience.get("config").get("included.custom.audience").asString())
                .isEqualTo("infohus");
        assertThat(audience.get("config").get("access.token.claim").asString()).isEqualTo("true");
    }

    @Test
    void theRealmKeepsTheSubjectMapperThatItsOwnClientScopesWouldOtherwiseLose() throws IOException {
        // a realm export that lists client scopes gets none of Keycloak's built-in ones, so no sub without this
        JsonNode basic = realmClientScope("basic");
        assertThat(basic.get("protocolMappers")
                        .valueStream()
                        .map(mapper -> mapper.get("protocolMapper").asString()))
                .contains("oidc-sub-mapper");
        assertThat(realmClientScope("profile")
                        .get("protocolMappers")
                        .valueStream()
                        .map(mapper -> mapper.get("protocolMapper").asString()))
                .as("the name claim")
                .contains("oidc-full-name-mapper");
    }

    @Test
    void keycloakSignsTokensWithAnRsaKeyOf3072BitsAndKnowsThePoliceSystemsRole() throws IOException {
        JsonNode provider = realm().get("components")
                .get("org.keycloak.keys.KeyProvider")
                .valueStream()
                .filter(key -> key.get("providerId").asString().equals("rsa-generated"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no generated RSA key in " + REALM_FILE));
        assertThat(provider.get("config").get("keySize").get(0).asString()).isEqualTo("3072");
        assertThat(provider.get("config").get("algorithm").get(0).asString()).isEqualTo("RS256");
        assertThat(realm().get("components")
                        .get("org.keycloak.userprofile.UserProfileProvider")
                        .get(0)
                        .get("config")
                        .get("kc.user.profile.config")
                        .get(0)
                        .asString())
                .as("the user profile lets the service account carry its role")
                .contains("\"police-system\"");
    }

    @Test
    void keycloakLocksANameOutAfterFiveFailedSignInsLogsEverySignInAndEndsAnIdleSessionAfterHalfAnHour()
            throws IOException {
        JsonNode realm = realm();
        assertThat(realm.get("bruteForceProtected").asBoolean()).isTrue();
        assertThat(realm.get("permanentLockout").asBoolean())
                .as("a temporary lock: a permanent one lets anyone lock a coordinator out")
                .isFalse();
        assertThat(realm.get("failureFactor").asInt()).isEqualTo(5);
        assertThat(realm.get("maxFailureWaitSeconds").asInt()).isEqualTo(900);
        assertThat(realm.get("ssoSessionIdleTimeout").asInt()).isEqualTo(1800);
        // every sign-in, failed or not, is an event Keycloak logs (ASVS 5.0 V16.3.1)
        assertThat(realm.get("eventsEnabled").asBoolean()).isTrue();
        assertThat(realm.get("eventsListeners").valueStream().map(JsonNode::asString))
                .contains("jboss-logging");
    }

    @Test
    void thePoliceSystemIsAClientCredentialsClientWithAServiceAccountOfItsOwnRole() throws IOException {
        JsonNode client = realm().get("clients")
                .valueStream()
                .filter(candidate -> candidate.get("clientId").asString().equals("police-system"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no client police-system in " + REALM_FILE));
        assertThat(client.get("serviceAccountsEnabled").asBoolean()).isTrue();
        assertThat(client.get("standardFlowEnabled").asBoolean()).isFalse();
        assertThat(client.get("directAccessGrantsEnabled").asBoolean()).isFalse();
        assertThat(client.get("publicClient").asBoolean()).isFalse();
        assertThat(client.get("defaultClientScopes").valueStream().map(JsonNode::asString))
                .contains("infohus");
        JsonNode account = realm().get("users")
                .valueStream()
                .filter(user -> user.has("serviceAccountClientId")
                        && user.get("serviceAccountClientId").asString().equals("police-system"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no service account of police-system"));
        assertThat(account.get("attributes").get("role").get(0).asString()).isEqualTo("police-system");
        assertThat(account.get("attributes").get("police_district").get(0).asString())
                .isEqualTo("midt-og-vestjylland");
    }

    @Test
    void theRealmHasTheSameDemoUsersAsTheLocalIdentityProvider() throws IOException {
        Map<String, JsonNode> realmUsers = new LinkedHashMap<>();
        realm().get("users").forEach(user -> {
            // the police system's service account is a client, not a person who signs in
            if (!user.has("serviceAccountClientId")) {
                realmUsers.put(user.get("username").asString(), user);
            }
        });
        List<Map<String, Object>> localUsers = localDemoUsers();
        assertThat(realmUsers.keySet())
                .containsExactlyInAnyOrderElementsOf(localUsers.stream()
                        .map(user -> String.valueOf(user.get("username")))
                        .toList());

        for (Map<String, Object> local : localUsers) {
            String username = String.valueOf(local.get("username"));
            JsonNode user = realmUsers.get(username);
            assertThat(user.get("id").asString())
                    .as("%s's id, the sub claim", username)
                    .isEqualTo(username);
            assertThat(user.get("firstName").asString() + " "
                            + user.get("lastName").asString())
                    .as("%s's name", username)
                    .isEqualTo(local.get("name"));
            JsonNode credential = user.get("credentials").get(0);
            assertThat(credential.get("value").asString())
                    .as("%s's password", username)
                    .isEqualTo("infohus");
            assertThat(credential.get("temporary").asBoolean())
                    .as("%s's password is temporary", username)
                    .isFalse();

            Map<String, List<String>> expected = new LinkedHashMap<>();
            local.forEach((key, value) -> {
                String attribute = key.replace('-', '_');
                if (INFOHUS_CLAIMS.contains(attribute)) {
                    expected.put(
                            attribute,
                            value instanceof List<?> values
                                    ? values.stream().map(String::valueOf).toList()
                                    : List.of(String.valueOf(value)));
                }
            });
            Map<String, List<String>> actual = new LinkedHashMap<>();
            user.get("attributes").properties().forEach(entry -> actual.put(entry.getKey(), strings(entry.getValue())));
            assertThat(actual).as("%s's attributes", username).isEqualTo(expected);
        }
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

    /** The issuer of Keycloak's realm, from the host name Keycloak is given and the realm's name. */
    private static String realmIssuer() {
        String hostname = environment("keycloak").get("KC_HOSTNAME");
        assertThat(hostname).as("keycloak's KC_HOSTNAME").isNotNull();
        try {
            return hostname + "/realms/" + realm().get("realm").asString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode realm() throws IOException {
        return JSON.readTree(Files.readString(root.resolve(REALM_FILE), StandardCharsets.UTF_8));
    }

    private static JsonNode realmClient(String clientId) throws IOException {
        return realm().get("clients")
                .valueStream()
                .filter(client -> client.get("clientId").asString().equals(clientId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no client " + clientId + " in " + REALM_FILE));
    }

    private static JsonNode realmClientScope(String name) throws IOException {
        return realm().get("clientScopes")
                .valueStream()
                .filter(scope -> scope.get("name").asString().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no client scope " + name + " in " + REALM_FILE));
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    /** The demo users of the local identity provider, from its application.yml. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> localDemoUsers() throws IOException {
        try (Reader reader = Files.newBufferedReader(root.resolve(IDENTITY_PROVIDER_USERS), StandardCharsets.UTF_8)) {
            Map<String, Object> yaml = map(new Yaml(new SafeConstructor(new LoaderOptions())).load(reader), "yaml");
            Map<String, Object> identity =
                    map(map(yaml.get("infohus"), "infohus").get("identity"), "infohus.identity");
            return (List<Map<String, Object>>) list(identity.get("users"), "infohus.identity.users");
        }
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

    /** The networks a service joins: a list ({@code [internal]}) or a map of network to its settings. */
    private static List<String> networksOf(String name) {
        Object declared = service(name).get("networks");
        if (declared == null) {
            return List.of("default");
        }
        if (declared instanceof Map<?, ?> byName) {
            return byName.keySet().stream().map(String::valueOf).toList();
        }
        return list(declared, name + ".networks").stream().map(String::valueOf).toList();
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
