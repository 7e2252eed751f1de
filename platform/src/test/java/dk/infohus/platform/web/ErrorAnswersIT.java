package dk.infohus.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestTokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.catalina.util.ServerInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.SpringVersion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 item 6, ASVS 5.0 V16.5.1 and V13.4: every error a service answers, whether a handler, the
 * framework, Spring Security's firewall or the servlet container raised it, is a plain RFC 9457 problem
 * (or, for a browser asking for a page, a plain page): fixed words, and never an exception, a stack trace,
 * the framework's wording ("No static resource api/meetings."), Spring Boot's white-label page or a
 * version.
 */
@InfohusServiceTest
class ErrorAnswersIT {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JSON_ACCEPT = "application/json, application/problem+json, */*;q=0.5";

    @LocalServerPort
    int port;

    /** One request that goes wrong, and the plain problem it gets. */
    record Case(
            String name,
            String method,
            String path,
            List<String> headers,
            String body,
            int status,
            String type,
            String title,
            String detail) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        String uuid = UUID.randomUUID().toString();
        String signedIn = "Bearer " + TestTokens.municipalCoordinator();
        String nothingHere = "Her er intet. / There is nothing here.";
        String cannotAnswer = "Forespørgslen kan ikke besvares, som den er. / The request cannot be answered as it is.";
        return Stream.of(
                new Case(
                        "an unknown path under /api",
                        "GET",
                        "/api/meetings",
                        List.of(),
                        "",
                        404,
                        "not-found",
                        "Not found",
                        nothingHere),
                new Case(
                        "an unknown path under /api, signed in",
                        "GET",
                        "/api/meetings/" + uuid,
                        List.of("Authorization", signedIn),
                        "",
                        404,
                        "not-found",
                        "Not found",
                        nothingHere),
                new Case(
                        "an unknown path outside /api",
                        "GET",
                        "/no/such/page",
                        List.of(),
                        "",
                        404,
                        "not-found",
                        "Not found",
                        nothingHere),
                new Case(
                        "a method the endpoint does not take",
                        "PUT",
                        "/api/checks",
                        List.of("Content-Type", "application/json"),
                        "{\"municipality\":\"657\"}",
                        405,
                        "method-not-allowed",
                        "Method not allowed",
                        "Adressen tager ikke imod den metode. / This address does not take that method."),
                new Case(
                        "a body of a type the endpoint does not take",
                        "POST",
                        "/api/checks",
                        List.of("Content-Type", "text/plain"),
                        "municipality=657",
                        415,
                        "unsupported-media-type",
                        "Unsupported media type",
                        "This address does not take a body of that type."),
                new Case(
                        "an Accept the endpoint cannot answer",
                        "GET",
                        "/api/checks/" + uuid,
                        List.of("Accept", "application/xml"),
                        "",
                        406,
                        "not-acceptable",
                        "Not acceptable",
                        "This address cannot answer in the form asked for."),
                new Case(
                        "a body that is not well-formed JSON",
                        "POST",
                        "/api/checks",
                        List.of("Content-Type", "application/json"),
                        "{\"municipality\": ",
                        400,
                        "invalid-input",
                        "Invalid input",
                        "The request body is not well-formed JSON"),
                new Case(
                        "a required parameter missing",
                        "GET",
                        "/api/checks",
                        List.of(),
                        "",
                        400,
                        "invalid-input",
                        "Invalid input",
                        "The parameter municipality is missing."),
                new Case(
                        "a path variable of the wrong type",
                        "GET",
                        "/api/checks/not-a-uuid",
                        List.of(),
                        "",
                        400,
                        "invalid-input",
                        "Invalid input",
                        "The parameter checkId is wrong."),
                new Case(
                        "a path parameter the firewall refuses (;jsessionid)",
                        "GET",
                        "/api/checks;jsessionid=0123456789ABCDEF",
                        List.of(),
                        "",
                        400,
                        "bad-request",
                        "Bad request",
                        cannotAnswer),
                new Case(
                        "an encoded dot-dot the firewall refuses",
                        "GET",
                        "/api/%2e%2e/api/checks/" + uuid,
                        List.of(),
                        "",
                        400,
                        "bad-request",
                        "Bad request",
                        cannotAnswer),
                new Case(
                        "a double slash the firewall refuses",
                        "GET",
                        "/api//checks/" + uuid,
                        List.of(),
                        "",
                        400,
                        "bad-request",
                        "Bad request",
                        cannotAnswer),
                new Case(
                        "a handler that fails in a way nobody foresaw",
                        "GET",
                        "/api/probes/" + uuid + "/broken",
                        List.of("Authorization", signedIn),
                        "",
                        500,
                        "internal-error",
                        "Something went wrong",
                        "Noget gik galt; prøv igen om lidt. / Something went wrong; try again shortly."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyErrorIsAPlainProblem(Case wrong) throws Exception {
        HttpResponse<String> answer = send(wrong.method(), wrong.path(), wrong.headers(), wrong.body());

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(wrong.status());
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://infohus.dk/problems/" + wrong.type());
        assertThat(problem.get("title").asString()).isEqualTo(wrong.title());
        assertThat(problem.get("status").asInt()).isEqualTo(wrong.status());
        assertThat(problem.get("detail").asString()).contains(wrong.detail());
        saysNothingOfItsInsides(answer);
    }

    @Test
    void aFailureNobodyForesawNamesItsCorrelationIdAndNeverItsMessage() throws Exception {
        HttpResponse<String> answer = send(
                "GET",
                "/api/probes/" + UUID.randomUUID() + "/broken",
                List.of("Authorization", "Bearer " + TestTokens.municipalCoordinator()),
                "");

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(JSON.readTree(answer.body()).get("correlationId").asString())
                .as("the trace id of the request, as the log names it")
                .matches("[0-9a-f]{32}");
        assertThat(answer.body()).doesNotContain("internal detail", "IllegalState");
    }

    @Test
    void aMethodAnEndpointDoesNotTakeStillSaysWhichItTakes() throws Exception {
        HttpResponse<String> answer = send("DELETE", "/api/checks", List.of(), "");

        assertThat(answer.statusCode()).isEqualTo(405);
        assertThat(answer.headers().firstValue("Allow").orElse("")).contains("GET", "POST");
    }

    @Test
    void aHeaderLargerThanTheContainerTakesIsRefusedWithoutTheContainersReport() throws Exception {
        HttpResponse<String> answer =
                send("GET", "/api/checks?municipality=657", List.of("X-Filler", "x".repeat(20_000)), "");

        assertThat(answer.statusCode()).as(answer.body()).isIn(400, 431);
        saysNothingOfItsInsides(answer);
    }

    @Test
    void aBrowserAskingForAPageThatDoesNotExistGetsAPlainPage() throws Exception {
        HttpResponse<String> answer = send("GET", "/sider/findes-ikke", List.of("Accept", "text/html"), "");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(answer.body()).contains("Her er intet.", "There is nothing here.");
        saysNothingOfItsInsides(answer);
    }

    @Test
    void aBrowserAskingTheApiGetsAProblemAllTheSame() throws Exception {
        HttpResponse<String> answer = send("GET", "/api/meetings", List.of("Accept", "text/html"), "");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        saysNothingOfItsInsides(answer);
    }

    private static void saysNothingOfItsInsides(HttpResponse<String> answer) {
        assertThat(answer.body())
                .doesNotContain(
                        "Exception",
                        "exception",
                        "org.springframework",
                        "No static resource",
                        "Request method",
                        "Whitelabel",
                        "trace",
                        "Tomcat",
                        "timestamp",
                        "at dk.infohus",
                        ServerInfo.getServerNumber(),
                        System.getProperty("java.version"),
                        String.valueOf(SpringVersion.getVersion()),
                        String.valueOf(SpringBootVersion.getVersion()));
        assertThat(answer.headers().firstValue("Server")).isEmpty();
        assertThat(answer.headers().firstValue("X-Powered-By")).isEmpty();
    }

    private HttpResponse<String> send(String method, String path, List<String> headers, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30))
                .method(
                        method,
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
        List<String> all = new ArrayList<>(headers);
        if (!all.contains("Accept")) {
            all.addAll(List.of("Accept", JSON_ACCEPT));
        }
        for (int i = 0; i < all.size(); i += 2) {
            request.header(all.get(i), all.get(i + 1));
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
