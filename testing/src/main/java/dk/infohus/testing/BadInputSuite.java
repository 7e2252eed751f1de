package dk.infohus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoDatabase;
import dk.infohus.testing.AccessMatrix.Who;
import dk.infohus.testing.BadInput.Kind;
import dk.infohus.testing.BadInput.Variant;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.bson.Document;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 9: every endpoint that takes a body, sent bad variants of a valid body ({@link BadInput}). Each answer
 * is a 4xx RFC 9457 problem naming the field, never a 5xx or a reset connection, and a refused request
 * leaves the service's store as it was. The valid bodies are one table per service, {@code
 * src/test/resources/valid-bodies.json} beside the access matrix, keyed by endpoint ({@code POST
 * /api/concerns}, or {@code POST /api/concerns multipart/form-data} for a form with a JSON part); the suite
 * fails when an endpoint that takes a body has no valid body there, so a new endpoint is covered.
 *
 * <p>An entry: {@code {"as": "reporter", "body": {...}, "part": "concern", "optional": ["when"]}}: the caller
 * (a column of the access matrix) whose request the body is valid for, the JSON, the multipart part it goes
 * in (forms only), and the fields that may be left out, for which {@code null}, empty and blank are valid;
 * {@code "mayBeEmpty": true} where the endpoint takes no body at all as well. A date may be given as {@code
 * "${today+14}"}.
 */
public final class BadInputSuite {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String BOUNDARY = "infohus-bad-input-boundary";
    private static final String PROBLEM_TYPES = "https://infohus.dk/problems/";

    /** Collections no request writes to as part of its effect: the audit trail records every request. */
    private static final Set<String> NOT_THE_STORE = Set.of("auditTrail");

    /** A path with fixtures filled in, per endpoint, kept until a variant is accepted and changes it. */
    private static final Map<String, String> FIXTURES = new ConcurrentHashMap<>();

    /** A valid body of the table. */
    public record ValidBody(
            String endpoint, Who as, JsonNode body, String part, Set<String> optional, boolean mayBeEmpty) {

        public String method() {
            return endpoint.split(" ")[0];
        }

        public String path() {
            return endpoint.split(" ")[1];
        }

        @Override
        public String toString() {
            return endpoint;
        }
    }

    private final int port;
    private final MongoDatabase store;

    private BadInputSuite(int port, MongoDatabase store) {
        this.port = port;
        this.store = store;
    }

    public static BadInputSuite at(int port, MongoDatabase store) {
        return new BadInputSuite(port, store);
    }

    /** Reads {@code valid-bodies.json} from the test class path. */
    public static List<ValidBody> read() {
        try (InputStream in = BadInputSuite.class.getResourceAsStream("/valid-bodies.json")) {
            if (in == null) {
                throw new IllegalStateException("no /valid-bodies.json on the test class path");
            }
            JsonNode table = JSON.readTree(in);
            List<ValidBody> bodies = new ArrayList<>();
            for (var entry : table.properties()) {
                JsonNode value = entry.getValue();
                Who as = Arrays.stream(Who.values())
                        .filter(who -> who.column().equals(value.get("as").asString()))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("unknown caller in " + entry.getKey()));
                Set<String> optional = new TreeSet<>();
                if (value.has("optional")) {
                    value.get("optional").forEach(field -> optional.add(field.asString()));
                }
                bodies.add(new ValidBody(
                        entry.getKey(),
                        as,
                        withDates(value.get("body")),
                        value.has("part") ? value.get("part").asString() : "",
                        optional,
                        value.path("mayBeEmpty").asBoolean(false)));
            }
            return bodies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The valid body of the endpoint whose path ends so, e.g. {@code "/clearance"}, from {@link #read()}. */
    public static ValidBody validFor(String pathEnding) {
        return read().stream()
                .filter(valid -> valid.path().endsWith(pathEnding))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no valid body for a path ending " + pathEnding));
    }

    /** {@code "${today+14}"} in a valid body: the date 14 days from today, for rules such as a day to look again. */
    private static JsonNode withDates(JsonNode body) {
        String text = JSON.writeValueAsString(body);
        java.util.regex.Matcher days =
                java.util.regex.Pattern.compile("\\$\\{today\\+(\\d+)}").matcher(text);
        return JSON.readTree(days.replaceAll(day ->
                java.time.LocalDate.now().plusDays(Long.parseLong(day.group(1))).toString()));
    }

    /**
     * Every {@code /api/} endpoint whose handler reads a body ({@code @RequestBody}, {@code @RequestPart}):
     * {@code POST /api/path}, with {@code multipart/form-data} after it when it takes a form.
     */
    public static Set<String> bodyEndpointsOf(RequestMappingHandlerMapping mapping) {
        Set<String> endpoints = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> handler :
                mapping.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = handler.getKey();
            boolean body = Arrays.stream(handler.getValue().getMethodParameters())
                    .anyMatch(parameter -> parameter.hasParameterAnnotation(RequestBody.class)
                            || parameter.hasParameterAnnotation(RequestPart.class));
            if (!body || info.getPathPatternsCondition() == null) {
                continue;
            }
            boolean form = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(type -> type.toString().startsWith("multipart/form-data"));
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    info.getMethodsCondition()
                            .getMethods()
                            .forEach(method -> endpoints.add(
                                    method.name() + " " + pattern + (form ? " multipart/form-data" : "")));
                }
            }
        }
        return endpoints;
    }

    /** Fails unless every endpoint that takes a body has exactly one valid body, and no body is for one gone. */
    public static void assertCovers(List<ValidBody> bodies, Set<String> endpoints) {
        assertThat(new TreeSet<>(bodies.stream().map(ValidBody::endpoint).toList()))
                .as("valid-bodies.json must have a valid body for every endpoint that takes one, and only for those")
                .isEqualTo(endpoints);
    }

    /** Every (valid body, variant) pair, as arguments for a parameterized test. */
    public static Stream<Arguments> cases(List<ValidBody> bodies) {
        return bodies.stream()
                .flatMap(valid ->
                        BadInput.variantsOf(valid.body()).stream().map(variant -> Arguments.of(valid, variant)));
    }

    /**
     * Sends the variant to the endpoint (its path variables filled by {@code fixture}, which is asked again
     * only after a variant was accepted) and checks the answer and the store.
     */
    public void assertRefused(ValidBody valid, Variant variant, UnaryOperator<String> fixture) {
        String key = port + " " + valid.endpoint();
        String path = FIXTURES.computeIfAbsent(key, any -> fixture.apply(valid.path()));
        Map<String, String> before = snapshot();
        HttpResponse<String> response = send(valid, path, variant);
        int status = response.statusCode();
        String seen = valid + " " + variant + ": " + status + " " + response.body();
        assertThat(status).as("never a server error: %s", seen).isLessThan(500);
        if (variant.kind() == Kind.VALID) {
            assertThat(status).as("the valid body is taken: %s", seen).isBetween(200, 299);
        }
        if (status < 300 && (variant.kind() == Kind.VALID || mayBeAccepted(valid, variant))) {
            FIXTURES.remove(key);
            return;
        }
        // a 404 or 409 would say nothing about the body: refused for what is wrong with it
        assertThat(status)
                .as("refused for its body: %s", seen)
                .isIn(variant.kind().aboutAField() ? List.of(400, 422) : List.of(400, 413, 415));
        assertThat(response.headers().firstValue("Content-Type"))
                .as(seen)
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.path("type").asString()).as(seen).startsWith(PROBLEM_TYPES);
        if (variant.kind().aboutAField()) {
            List<String> named = problem.path("errors").findValuesAsString("field");
            assertThat(named)
                    .as("the problem names the field: %s", seen)
                    .anySatisfy(field -> assertThat(sameOrAround(field, variant.field()))
                            .as(field)
                            .isTrue());
        }
        assertThat(snapshot())
                .as("nothing stored from a refused request: %s", seen)
                .isEqualTo(before);
    }

    /**
     * The same valid request twice: a repeat is answered (never 5xx), and when it is refused it changes
     * nothing; {@code idempotent}: the repeat changes nothing whatever it is answered. With an {@code
     * Idempotency-Key}, which an endpoint that does not take one ignores.
     */
    public void assertDuplicateIsHarmless(ValidBody valid, UnaryOperator<String> fixture, boolean idempotent) {
        String path = fixture.apply(valid.path());
        Variant same =
                new Variant("(body)", Kind.DUPLICATE, bytes(JSON.writeValueAsString(valid.body())), "application/json");
        String key = java.util.UUID.randomUUID().toString();
        HttpResponse<String> first = send(valid, path, same, key);
        assertThat(first.statusCode())
                .as("the valid body is valid: %s %s", valid, first.body())
                .isBetween(200, 299);
        Map<String, String> before = snapshot();
        HttpResponse<String> second = send(valid, path, same, key);
        assertThat(second.statusCode()).as("a repeat: %s", second.body()).isLessThan(500);
        if (idempotent || second.statusCode() >= 400) {
            assertThat(snapshot()).as("nothing stored from a refused repeat").isEqualTo(before);
        }
    }

    /**
     * A body of tens of megabytes, from a client that sends all of it before reading (as curl does): a 413
     * problem, not a reset connection. A raw socket, as in platform's {@code UploadLimitIT}.
     */
    public void assertFarOverTheLimitIs413(ValidBody valid, UnaryOperator<String> fixture, int megabytes)
            throws IOException {
        String path = fixture.apply(valid.path());
        long length = megabytes * 1024L * 1024L;
        Map<String, String> before = snapshot();
        try (Socket socket = new Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String token = valid.as().token();
            out.write((valid.method() + " " + path + " HTTP/1.1\r\nHost: localhost\r\n"
                            + "Content-Type: application/json\r\nAccept: application/json\r\n"
                            + (token.isEmpty() ? "" : "Authorization: Bearer " + token + "\r\n")
                            + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (long sent = 0; sent < length; sent += chunk.length) {
                out.write(chunk); // a reset connection fails here
            }
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains(PROBLEM_TYPES + "body-too-large");
        }
        assertThat(snapshot()).isEqualTo(before);
    }

    private static boolean mayBeAccepted(ValidBody valid, Variant variant) {
        return BadInput.VALID_IN_FREE_TEXT.contains(variant.kind())
                || (variant.kind() == Kind.EMPTY_BODY && valid.mayBeEmpty())
                || (BadInput.VALID_WHEN_OPTIONAL.contains(variant.kind())
                        && valid.optional().contains(variant.field()));
    }

    /** {@code subject} names a variant in {@code subject.name}, and {@code subject.name} one in {@code subject}. */
    private static boolean sameOrAround(String named, String field) {
        return named.equals(field)
                || field.startsWith(named + ".")
                || field.startsWith(named + "[")
                || named.startsWith(field + ".")
                || named.startsWith(field + "[");
    }

    private HttpResponse<String> send(ValidBody valid, String path, Variant variant) {
        return send(valid, path, variant, null);
    }

    private HttpResponse<String> send(ValidBody valid, String path, Variant variant, String idempotencyKey) {
        byte[] body = variant.body();
        String contentType = variant.contentType();
        if (!valid.part().isEmpty() && variant.kind() != Kind.WRONG_CONTENT_TYPE) {
            body = multipart(valid.part(), contentType, body);
            contentType = "multipart/form-data; boundary=" + BOUNDARY;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .header("Accept", "application/json, application/problem+json")
                .method(valid.method(), HttpRequest.BodyPublishers.ofByteArray(body));
        String token = valid.as().token();
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("the connection failed (a reset?) for " + valid + " " + variant, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] multipart(String part, String contentType, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bytes("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + part
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n"));
        out.writeBytes(content);
        out.writeBytes(bytes("\r\n--" + BOUNDARY + "--\r\n"));
        return out.toByteArray();
    }

    /** Each collection of the service's database but the audit trail, its documents without their outboxes. */
    private Map<String, String> snapshot() {
        Map<String, String> collections = new TreeMap<>();
        for (String name : store.listCollectionNames()) {
            if (NOT_THE_STORE.contains(name)) {
                continue;
            }
            List<String> documents = new ArrayList<>();
            for (Document document : store.getCollection(name).find()) {
                document.remove("outbox");
                documents.add(document.toJson());
            }
            documents.sort(null);
            collections.put(name, String.join("\n", documents));
        }
        return collections;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
