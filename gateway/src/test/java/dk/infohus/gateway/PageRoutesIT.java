package dk.infohus.gateway;

import static dk.infohus.gateway.TestSessions.signedIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.infohus.gateway.routing.Backend;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Intake's server-rendered pages through the front door: the public area {@code /offentlig/**} without
 * sign-in, {@code /indberetning/**} with a session, the CSRF token handed to the page in {@code
 * X-Infohus-Form-Token}, and multipart forms (token in the query string) streamed through byte for byte
 * over real HTTP. The rate limits are set high here; {@link RateLimitIT} tests them.
 *
 * <p>No request here uses spring-security-test's {@code csrf()}: it swaps the application's cookie token
 * repository for a session-based one, and the real HTTP requests share this application context.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "infohus.gateway.rate-limits.submissions-per-address[0].requests=1000",
            "infohus.gateway.rate-limits.submissions-per-address[0].per=10m",
            "infohus.gateway.rate-limits.receipt-lookups-per-address[0].requests=1000",
            "infohus.gateway.rate-limits.receipt-lookups-per-address[0].per=10m",
            "infohus.gateway.rate-limits.challenges-per-address[0].requests=1000",
            "infohus.gateway.rate-limits.challenges-per-address[0].per=10m",
            "infohus.gateway.workspace.read-timeout=400ms"
        })
@AutoConfigureMockMvc
class PageRoutesIT {

    static final String CONTENT_SECURITY_POLICY = FrontDoorIT.CONTENT_SECURITY_POLICY;

    static final StubIdentityProvider IDENTITY_PROVIDER = StubIdentityProvider.start();
    static final Map<Backend, StubService> SERVICES = new EnumMap<>(Backend.class);

    static {
        for (Backend backend : Backend.values()) {
            SERVICES.put(backend, StubService.start(backend.id()));
        }
    }

    @DynamicPropertySource
    static void frontDoorPointsAtTheStubs(DynamicPropertyRegistry registry) {
        registry.add("infohus.identity.issuer", IDENTITY_PROVIDER::issuer);
        SERVICES.forEach((backend, stub) -> registry.add(
                "infohus.gateway.services." + backend.id(), () -> stub.uri().toString()));
    }

    @AfterAll
    static void stopStubs() {
        SERVICES.values().forEach(StubService::close);
        IDENTITY_PROVIDER.close();
    }

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void forgetEarlierRequests() {
        SERVICES.values().forEach(StubService::forget);
    }

    StubService intake() {
        return SERVICES.get(Backend.INTAKE);
    }

    // --- routes ---------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/offentlig/bekymring",
                "/offentlig/status?kode=7K3M-Q9TX-2B4R",
                "/offentlig/vejledning",
                "/offentlig/handlekort",
                "/offentlig/udfordring",
                "/offentlig/assets/css/sider.css"
            })
    void aPublicPageReachesIntakeWithoutSignInAndWithoutCredentials(String page) throws Exception {
        mvc.perform(get(page)
                        .accept(MediaType.TEXT_HTML)
                        .cookie(new Cookie("INFOHUS_SESSION", "not-for-the-service"))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer made-up-by-the-browser"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value("intake"))
                .andExpect(header().string("Content-Security-Policy", CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));

        StubService.Received received = intake().onlyRequest();
        assertThat(received.pathAndQuery()).isEqualTo(page);
        assertThat(received.hasHeader(HttpHeaders.AUTHORIZATION)).isFalse();
        assertThat(received.hasHeader(HttpHeaders.COOKIE)).isFalse();
    }

    @Test
    void aStaffPageWithoutSessionRedirectsToSignInAndReachesNoService() throws Exception {
        mvc.perform(get("/indberetning/ny").accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(header().string(HttpHeaders.LOCATION, "/oauth2/authorization/infohus"));

        assertThat(intake().received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/indberetning/ny", "/indberetning/mine"})
    void aStaffPageReachesIntakeWithTheSessionsAccessToken(String page) throws Exception {
        mvc.perform(get(page).accept(MediaType.TEXT_HTML).with(signedIn("lene", "reporter", "token-of-lene")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value("intake"));

        StubService.Received received = intake().onlyRequest();
        assertThat(received.pathAndQuery()).isEqualTo(page);
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer token-of-lene");
        assertThat(received.hasHeader(HttpHeaders.COOKIE)).isFalse();
    }

    @Test
    void thePolicePagesReachScreeningWithTheSessionsAccessTokenAndTheFormToken() throws Exception {
        mvc.perform(get("/politi/sager/7")
                        .accept(MediaType.TEXT_HTML)
                        .with(signedIn("peter", "police-coordinator", "token-of-peter")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value("screening"));

        StubService.Received received = SERVICES.get(Backend.SCREENING).onlyRequest();
        assertThat(received.pathAndQuery()).isEqualTo("/politi/sager/7");
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer token-of-peter");
        assertThat(received.header(Backend.FORM_TOKEN_HEADER)).isNotBlank();
        assertThat(intake().received()).isEmpty();
    }

    @Test
    void thePagesSharedStylesAreServedByTheFrontDoorWithoutSignIn() throws Exception {
        mvc.perform(get("/web-ui/infohus.css"))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, org.hamcrest.Matchers.startsWith("text/css")));

        SERVICES.values()
                .forEach(stub -> assertThat(stub.received()).as(stub.name()).isEmpty());
    }

    // --- the workspace --------------------------------------------------------------------------------

    @Nested
    class Workspace {

        static final String WAITING = "/api/police-checks/waiting";

        StubService screening() {
            return SERVICES.get(Backend.SCREENING);
        }

        Document workspaceOf(String username, String role, String token, String query) throws Exception {
            String html = mvc.perform(
                            get("/" + query).accept(MediaType.TEXT_HTML).with(signedIn(username, role, token)))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy", CONTENT_SECURITY_POLICY))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            return Jsoup.parse(html);
        }

        @Test
        void aPoliceCoordinatorSeesHowMuchWaitsAndHowMuchIsOverdueAsScreeningCountsIt() throws Exception {
            screening().answer(WAITING, 200, "{\"waiting\":7,\"overdue\":2}", Duration.ZERO);

            Document page = workspaceOf("peter", "police-coordinator", "token-of-peter", "");

            assertThat(page.select("html").attr("lang")).isEqualTo("da");
            assertThat(page.select("h1").text()).isEqualTo("Dit arbejde");
            Element card = page.getElementById("arbejde-screening");
            assertThat(card).isNotNull();
            assertThat(card.select("h2 a").attr("href")).isEqualTo("/politi");
            assertThat(card.select(".card__count").text()).isEqualTo("7 venter, 2 over fristen");
            assertThat(card.hasClass("card--overdue")).isTrue();
            assertThat(page.select(".work-nav a").eachAttr("href")).containsExactly("/", "/politi", "/indberetning/ny");
            StubService.Received asked = screening().onlyRequest();
            assertThat(asked.method()).isEqualTo("GET");
            assertThat(asked.pathAndQuery()).isEqualTo(WAITING);
            assertThat(asked.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer token-of-peter");
            assertThat(asked.hasHeader(HttpHeaders.COOKIE)).isFalse();
        }

        @Test
        void inEnglishTheSameCountsInEnglishWords() throws Exception {
            screening().answer(WAITING, 200, "{\"waiting\":7,\"overdue\":2}", Duration.ZERO);

            Document page = workspaceOf("lise", "municipal-coordinator", "t", "?lang=en");

            assertThat(page.select("html").attr("lang")).isEqualTo("en");
            assertThat(page.select("h1").text()).isEqualTo("Your work");
            assertThat(page.select("#arbejde-screening .card__count").text()).isEqualTo("7 waiting, 2 overdue");
        }

        @Test
        void nothingWaitingIsSaidPlainlyAndNothingStandsOut() throws Exception {
            screening().answer(WAITING, 200, "{\"waiting\":0,\"overdue\":0}", Duration.ZERO);

            Element card = workspaceOf("lise", "municipal-coordinator", "t", "").getElementById("arbejde-screening");

            assertThat(card.select(".card__count").text()).isEqualTo("Intet venter på dig.");
            assertThat(card.hasClass("card--overdue")).isFalse();
        }

        @ParameterizedTest(name = "{0}")
        @org.junit.jupiter.params.provider.CsvSource(
                delimiter = '|',
                value = {
                    "slower than the workspace waits | 200 | {\"waiting\":3,\"overdue\":0} | 1500",
                    "refuses the person             | 403 | {\"title\":\"Forbidden\"}          | 0",
                    "fails                          | 500 | {}                                  | 0",
                    "answers nonsense               | 200 | {\"waiting\":-4,\"overdue\":9}     | 0",
                    "answers no JSON                | 200 | <html>                              | 0"
                })
        void aServiceThatDoesNotAnswerWellNeverBreaksTheWorkspace(String how, int status, String body, long delayMillis)
                throws Exception {
            screening().answer(WAITING, status, body, Duration.ofMillis(delayMillis));

            Document page = workspaceOf("peter", "police-coordinator", "t", "");

            Element card = page.getElementById("arbejde-screening");
            assertThat(card.select(".card__count").text())
                    .isEqualTo("Antallet kan ikke hentes lige nu. Siden virker stadig.");
            assertThat(card.select("h2 a").attr("href")).isEqualTo("/politi");
            assertThat(page.getElementById("arbejde-report")).isNotNull();
        }

        @Test
        void aReportersWorkHasNoQueueSoNoServiceIsAsked() throws Exception {
            Document page = workspaceOf("lene", "reporter", "t", "");

            assertThat(page.select("#arbejde li, #arbejde > li").eachAttr("id"))
                    .containsExactly("arbejde-report", "arbejde-mine");
            assertThat(page.select(".card__count")).isEmpty();
            SERVICES.values()
                    .forEach(stub -> assertThat(stub.received()).as(stub.name()).isEmpty());
        }

        @Test
        void aRoleWithoutWorkHereIsToldSoAndGetsThePublicForm() throws Exception {
            Document page = workspaceOf("jens", "department-caseworker", "t", "");

            assertThat(page.getElementById("ingen-opgaver")).isNotNull();
            assertThat(page.getElementById("arbejde")).isNull();
            assertThat(page.select("main a").eachAttr("href")).contains("/offentlig/bekymring");
        }

        @Test
        void signingOutIsAFormWithTheSessionsTokenThatWorksWithoutScript() throws Exception {
            MockHttpServletResponse response = mvc.perform(
                            get("/").accept(MediaType.TEXT_HTML).with(signedIn("lene", "reporter", "t")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse();
            Document page = Jsoup.parse(response.getContentAsString(StandardCharsets.UTF_8));
            Cookie csrf = response.getCookie("XSRF-TOKEN");

            Element signOut = page.selectFirst("form.sign-out");
            assertThat(signOut).isNotNull();
            assertThat(signOut.attr("method")).isEqualTo("post");
            assertThat(csrf).isNotNull();
            assertThat(signOut.attr("action"))
                    .isEqualTo("/logout?_csrf=" + java.net.URLEncoder.encode(csrf.getValue(), StandardCharsets.UTF_8));
            assertThat(page.select("script")).isEmpty();
        }
    }

    // --- the form token -------------------------------------------------------------------------------

    @Test
    void aFirstVisitGetsACsrfCookieAndThePageGetsTheSameToken() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/offentlig/bekymring"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();

        Cookie cookie = response.getCookie("XSRF-TOKEN");
        assertThat(cookie).as("the browser gets the CSRF cookie").isNotNull();
        assertThat(intake().onlyRequest().header(Backend.FORM_TOKEN_HEADER))
                .isNotBlank()
                .isEqualTo(cookie.getValue());
    }

    @Test
    void thePageGetsTheBrowsersCsrfTokenAndNeverOneTheBrowserMadeUp() throws Exception {
        mvc.perform(get("/indberetning/ny")
                        .with(signedIn("lene", "reporter", "token-of-lene"))
                        .cookie(new Cookie("XSRF-TOKEN", "the-browsers-token"))
                        .header(Backend.FORM_TOKEN_HEADER, "made-up-by-the-browser"))
                .andExpect(status().isOk());

        assertThat(intake().onlyRequest().headers().get("x-infohus-form-token")).containsExactly("the-browsers-token");
    }

    @Test
    void anApiRouteNeverGetsTheFormToken() throws Exception {
        mvc.perform(get("/api/receipts/7K3M-Q9TX-2B4R")
                        .cookie(new Cookie("XSRF-TOKEN", "the-browsers-token"))
                        .header(Backend.FORM_TOKEN_HEADER, "made-up-by-the-browser"))
                .andExpect(status().isOk());

        assertThat(intake().onlyRequest().hasHeader(Backend.FORM_TOKEN_HEADER)).isFalse();
    }

    // --- multipart forms without JavaScript -----------------------------------------------------------

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {3 * 1024 * 1024, 26 * 1000 * 1000})
    void aMultipartFormWithTheTokenInTheQueryStreamsThroughByteForByte(int attachmentSize) throws Exception {
        String token = csrfCookieOfAFirstVisit("/offentlig/bekymring");
        Multipart form = Multipart.withAttachment(attachmentSize);

        HttpResponse<String> response = http.send(
                multipartPost("/offentlig/bekymring?_csrf=" + token, form)
                        .header(HttpHeaders.COOKIE, "XSRF-TOKEN=" + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        StubService.Received received = intake().onlyRequest();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.pathAndQuery()).isEqualTo("/offentlig/bekymring?_csrf=" + token);
        assertThat(received.header(HttpHeaders.CONTENT_TYPE)).isEqualTo(form.contentType());
        assertThat(received.rawBody().length).isEqualTo(form.body().length);
        assertThat(received.rawBody()).as("the body arrives unchanged").isEqualTo(form.body());
        assertThat(received.header(Backend.FORM_TOKEN_HEADER)).isEqualTo(token);
        assertThat(received.hasHeader(HttpHeaders.COOKIE)).isFalse();
    }

    @Test
    void aMultipartFormWithoutTheTokenIsRefusedBeforeReachingIntake() throws Exception {
        String token = csrfCookieOfAFirstVisit("/offentlig/bekymring");
        Multipart form = Multipart.withAttachment(64 * 1024);

        HttpResponse<String> withoutToken = http.send(
                multipartPost("/offentlig/bekymring", form)
                        .header(HttpHeaders.COOKIE, "XSRF-TOKEN=" + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrongToken = http.send(
                multipartPost("/offentlig/bekymring?_csrf=not-" + token, form)
                        .header(HttpHeaders.COOKIE, "XSRF-TOKEN=" + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> withoutCookie = http.send(
                multipartPost("/offentlig/bekymring?_csrf=" + token, form).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(List.of(withoutToken.statusCode(), wrongToken.statusCode(), withoutCookie.statusCode()))
                .containsOnly(403);
        assertThat(intake().received()).isEmpty();
    }

    @Test
    void aSignedInStaffFormCarriesTheTokenInTheQueryAndTheAccessTokenIsRelayed() throws Exception {
        byte[] body = Multipart.withAttachment(1024).body();
        mvc.perform(post("/indberetning/ny")
                        .queryParam("_csrf", "the-browsers-token")
                        .cookie(new Cookie("XSRF-TOKEN", "the-browsers-token"))
                        .with(signedIn("lene", "reporter", "token-of-lene"))
                        .contentType(Multipart.CONTENT_TYPE)
                        .content(body))
                .andExpect(status().isOk());

        StubService.Received received = intake().onlyRequest();
        assertThat(received.rawBody()).isEqualTo(body);
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer token-of-lene");
        assertThat(received.header(Backend.FORM_TOKEN_HEADER)).isEqualTo("the-browsers-token");

        mvc.perform(post("/indberetning/ny")
                        .cookie(new Cookie("XSRF-TOKEN", "the-browsers-token"))
                        .with(signedIn("lene", "reporter", "token-of-lene"))
                        .contentType(Multipart.CONTENT_TYPE)
                        .content(body))
                .andExpect(status().isForbidden());
        assertThat(intake().received()).hasSize(1);
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** A browser's first visit: the raw value of the {@code XSRF-TOKEN} cookie the front door hands out. */
    private String csrfCookieOfAFirstVisit(String page) throws IOException, InterruptedException {
        HttpResponse<Void> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + page))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String cookie = response.headers().allValues(HttpHeaders.SET_COOKIE).stream()
                .filter(value -> value.startsWith("XSRF-TOKEN="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie on the first visit: "
                        + response.statusCode() + " " + response.headers().map()));
        intake().forget();
        return cookie.substring("XSRF-TOKEN=".length(), cookie.indexOf(';'));
    }

    private HttpRequest.Builder multipartPost(String pathAndQuery, Multipart form) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + pathAndQuery))
                .header(HttpHeaders.CONTENT_TYPE, form.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(form.body()));
    }

    /** A form as a browser sends it: a text field and one binary attachment of random bytes. */
    record Multipart(byte[] body) {

        static final String BOUNDARY = "----infohus-test-boundary-7MA4YWxkTrZu0gW";
        static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

        static Multipart withAttachment(int size) {
            byte[] attachment = new byte[size];
            new Random(size).nextBytes(attachment);
            ByteArrayOutputStream body = new ByteArrayOutputStream(size + 1024);
            body.writeBytes(("--" + BOUNDARY + "\r\n"
                            + "Content-Disposition: form-data; name=\"account\"\r\n\r\n"
                            + "Deler voldsforherligende videoer i klassens chat. Æ Ø Å\r\n"
                            + "--" + BOUNDARY + "\r\n"
                            + "Content-Disposition: form-data; name=\"attachments\"; filename=\"skærmbillede.png\"\r\n"
                            + "Content-Type: image/png\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(attachment);
            body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return new Multipart(body.toByteArray());
        }

        String contentType() {
            return CONTENT_TYPE;
        }
    }
}
