package dk.infohus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.infohus.gateway.routing.Backend;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The whole sign-in as a browser goes through it, against a stub identity provider: page, redirect to the
 * provider, the provider's redirect back with a code, the session that follows, the access token relayed
 * and refreshed, logout, and CSRF with the real cookie. No test-support shortcuts for the session here:
 * what the gateway stores is what it relays.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class SignInFlowIT {

    static final StubIdentityProvider IDENTITY_PROVIDER = StubIdentityProvider.start();
    static final Map<Backend, StubService> SERVICES = new EnumMap<>(Backend.class);
    /** The notification service is down in this test: nothing listens on its port. */
    static final int NOTHING_LISTENS = freePort();

    static {
        for (Backend backend : Backend.values()) {
            if (backend != Backend.NOTIFICATION) {
                SERVICES.put(backend, StubService.start(backend.id()));
            }
        }
    }

    static final Map<String, Object> LISE = Map.of(
            "sub", "lise",
            "name", "Lise Tovholder",
            "role", "municipal-coordinator",
            "municipality", "657");

    @DynamicPropertySource
    static void frontDoorPointsAtTheStubs(DynamicPropertyRegistry registry) {
        registry.add("infohus.identity.issuer", IDENTITY_PROVIDER::issuer);
        SERVICES.forEach((backend, stub) -> registry.add(
                "infohus.gateway.services." + backend.id(), () -> stub.uri().toString()));
        registry.add("infohus.gateway.services.notification", () -> "http://127.0.0.1:" + NOTHING_LISTENS);
    }

    @AfterAll
    static void stopStubs() {
        SERVICES.values().forEach(StubService::close);
        IDENTITY_PROVIDER.close();
    }

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void forgetEarlierRequests() {
        SERVICES.values().forEach(StubService::forget);
    }

    @AfterEach
    void resetIdentityProvider() {
        IDENTITY_PROVIDER.reset();
    }

    @Test
    void aDecisionNeedsASignInOfTheLastQuarterOfAnHourAndAnOlderOneIsRenewedWithPromptLogin() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(session, withAuthTime(LISE, Instant.now().minus(Duration.ofHours(1))));
        String decision = "/politi/sager/3f0c7c9e-case/beslutning";

        // other pages need no fresh sign-in
        mvc.perform(get("/politi").accept(MediaType.TEXT_HTML).session(session)).andExpect(status().isOk());
        SERVICES.get(Backend.SCREENING).forget();

        // the decision's page: remembered, and the browser sent to sign in again
        mvc.perform(get(decision).accept(MediaType.TEXT_HTML).session(session))
                .andExpect(status().isFound())
                .andExpect(header().string(HttpHeaders.LOCATION, "/oauth2/authorization/infohus"));
        // the decision sent over the API, and a form sent, go nowhere either
        mvc.perform(post("/api/police-checks/3f0c7c9e-case/decision")
                        .session(session)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(post(decision).session(session).with(csrf()).param("lang", "en"))
                .andExpect(status().isSeeOther())
                .andExpect(header().string(HttpHeaders.LOCATION, decision + "?lang=en"));
        assertThat(SERVICES.get(Backend.SCREENING).received()).isEmpty();

        // the identity provider is asked for the password again, even though its own session is valid
        String authorize = mvc.perform(get("/oauth2/authorization/infohus").session(session))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.LOCATION);
        Map<String, String> request = queryOf(authorize);
        assertThat(request).containsEntry("prompt", "login").containsEntry("max_age", "840");
        String code = IDENTITY_PROVIDER.issueCode(withAuthTime(LISE, Instant.now()), request.get("nonce"));
        String back = mvc.perform(get("/login/oauth2/code/infohus")
                        .queryParam("code", code)
                        .queryParam("state", request.get("state"))
                        .session(session))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.LOCATION);
        assertThat(back).as("back to the decision's page").contains(decision);

        mvc.perform(get(decision).accept(MediaType.TEXT_HTML).session(session)).andExpect(status().isOk());
        assertThat(SERVICES.get(Backend.SCREENING).onlyRequest().pathAndQuery()).isEqualTo(decision);
    }

    @Test
    void anIdentityProviderThatSignsInAgainWithoutAFreshPasswordGetsTheActionRefusedNotALoop() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Instant stale = Instant.now().minus(Duration.ofHours(1));
        signIn(session, withAuthTime(LISE, stale));
        mvc.perform(get("/politi/sager/3f0c7c9e-case/overtagelse")
                        .accept(MediaType.TEXT_HTML)
                        .session(session))
                .andExpect(status().isFound());

        // the provider ignores prompt=login: the new ID token names the old sign-in time
        signIn(session, withAuthTime(LISE, stale));

        mvc.perform(get("/politi/sager/3f0c7c9e-case/overtagelse")
                        .accept(MediaType.TEXT_HTML)
                        .session(session))
                .andExpect(status().isForbidden());
        assertThat(SERVICES.get(Backend.SCREENING).received()).isEmpty();
    }

    private static Map<String, Object> withAuthTime(Map<String, Object> claims, Instant signedIn) {
        Map<String, Object> with = new java.util.HashMap<>(claims);
        with.put("auth_time", signedIn.getEpochSecond());
        return with;
    }

    @Test
    void aSignInEndsEightHoursAfterItWasMadeHoweverMuchItIsUsed() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(session, LISE);
        String signedInAt = "dk.infohus.gateway.security.SignInSuccess.signedInAt";
        assertThat(session.getAttribute(signedInAt))
                .as("the sign-in's time is kept")
                .isInstanceOf(Instant.class);

        session.setAttribute(
                signedInAt, Instant.now().minus(Duration.ofHours(8)).plusSeconds(60));
        mvc.perform(get("/api/me").session(session)).andExpect(status().isOk());

        session.setAttribute(
                signedInAt, Instant.now().minus(Duration.ofHours(8)).minusSeconds(1));
        mvc.perform(get("/api/me").session(session)).andExpect(status().isUnauthorized());
        assertThat(session.isInvalid()).as("the session is ended").isTrue();

        MockHttpSession again = new MockHttpSession();
        signIn(again, LISE);
        again.setAttribute(signedInAt, Instant.now().minus(Duration.ofHours(9)));
        mvc.perform(get("/sager/oversigt").accept(MediaType.TEXT_HTML).session(again))
                .andExpect(status().isFound())
                .andExpect(header().string(HttpHeaders.LOCATION, "/oauth2/authorization/infohus"));
    }

    @Test
    void aSessionOfTheFrontDoorEndsAfterHalfAnHourWithoutUse(
            @Autowired org.springframework.boot.web.server.context.WebServerApplicationContext context)
            throws Exception {
        int port = context.getWebServer().getPort();
        java.net.http.HttpResponse<String> answer = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(
                                        java.net.URI.create("http://localhost:" + port + "/sager/oversigt"))
                                .header(HttpHeaders.ACCEPT, MediaType.TEXT_HTML_VALUE)
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        String cookie = answer.headers().allValues(HttpHeaders.SET_COOKIE).stream()
                .filter(set -> set.startsWith("INFOHUS_SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie: " + answer.headers()));
        assertThat(cookie).startsWith("INFOHUS_SESSION=").containsIgnoringCase("HttpOnly");
        String id = cookie.substring("INFOHUS_SESSION=".length(), cookie.indexOf(';'));

        org.apache.catalina.Context servlets =
                (org.apache.catalina.Context) ((org.springframework.boot.tomcat.TomcatWebServer) context.getWebServer())
                        .getTomcat()
                        .getHost()
                        .findChildren()[0];
        org.apache.catalina.Session session = servlets.getManager().findSession(id);
        assertThat(session).as("the session the cookie names").isNotNull();
        assertThat(session.getMaxInactiveInterval()).as("seconds without use").isEqualTo(30 * 60);
    }

    @Test
    void aCoordinatorSignsInAndTheServicesSeeHerAccessToken(org.springframework.boot.test.system.CapturedOutput output)
            throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/sager/oversigt").accept(MediaType.TEXT_HTML).session(session))
                .andExpect(status().isFound())
                .andExpect(header().string(HttpHeaders.LOCATION, "/oauth2/authorization/infohus"));

        String sessionIdBeforeSignIn = session.getId();
        String afterSignIn = signIn(session, LISE);

        assertThat(afterSignIn).as("back to the page she asked for").contains("/sager/oversigt");
        assertThat(session.getId())
                .as("session fixation: a new session id at sign-in")
                .isNotEqualTo(sessionIdBeforeSignIn);
        assertThat(output.getOut())
                .as("the sign-in is logged")
                .contains("Signed in: lise (role municipal-coordinator)");

        StubIdentityProvider.TokenRequest codeExchange =
                IDENTITY_PROVIDER.tokenRequests().get(0);
        assertThat(codeExchange.form())
                .containsEntry("grant_type", "authorization_code")
                .containsEntry("redirect_uri", "http://localhost/login/oauth2/code/infohus")
                .containsKey("code_verifier");
        assertThat(codeExchange.authorization())
                .isEqualTo("Basic "
                        + Base64.getEncoder()
                                .encodeToString(
                                        "infohus-gateway:infohus-gateway-secret".getBytes(StandardCharsets.UTF_8)));

        mvc.perform(get("/api/me").session(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("lise"))
                .andExpect(jsonPath("$.name").value("Lise Tovholder"))
                .andExpect(jsonPath("$.role").value("municipal-coordinator"))
                .andExpect(jsonPath("$.municipality").value("657"));

        mvc.perform(get("/api/police-checks").queryParam("state", "OPEN").session(session))
                .andExpect(status().isOk());
        assertThat(SERVICES.get(Backend.SCREENING).onlyRequest().header(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer " + IDENTITY_PROVIDER.lastAccessToken());
    }

    @Test
    void anAccessTokenAboutToExpireIsRefreshedBeforeItIsRelayed() throws Exception {
        IDENTITY_PROVIDER.accessTokensLive(30);
        MockHttpSession session = new MockHttpSession();
        signIn(session, LISE);
        String firstToken = IDENTITY_PROVIDER.lastAccessToken();

        mvc.perform(get("/api/infohus-cases").session(session)).andExpect(status().isOk());

        assertThat(IDENTITY_PROVIDER.tokenRequests())
                .extracting(request -> request.form().get("grant_type"))
                .containsExactly("authorization_code", "refresh_token");
        String relayed = SERVICES.get(Backend.ASSESSMENT).onlyRequest().header(HttpHeaders.AUTHORIZATION);
        assertThat(relayed)
                .isEqualTo("Bearer " + IDENTITY_PROVIDER.lastAccessToken())
                .isNotEqualTo("Bearer " + firstToken);
    }

    @Test
    void aTokenThatCanNoLongerBeRefreshedAsksToSignInAgain() throws Exception {
        IDENTITY_PROVIDER.accessTokensLive(30);
        MockHttpSession session = new MockHttpSession();
        signIn(session, LISE);
        IDENTITY_PROVIDER.refuseRefresh();

        mvc.perform(get("/api/police-checks").session(session))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("sign in again")));

        assertThat(SERVICES.get(Backend.SCREENING).received()).isEmpty();
    }

    @Test
    void logoutEndsTheSessionHereAndAtTheIdentityProvider() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(session, LISE);
        Cookie csrf = csrfCookieFrom(
                mvc.perform(get("/api/me").session(session)).andReturn().getResponse());

        mvc.perform(post("/logout").session(session)).andExpect(status().isForbidden());
        assertThat(session.isInvalid()).as("no logout without the CSRF token").isFalse();

        String location = mvc.perform(
                        post("/logout").session(session).cookie(csrf).header("X-XSRF-TOKEN", csrf.getValue()))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.LOCATION);

        assertThat(location).startsWith(IDENTITY_PROVIDER.endSessionEndpoint() + "?");
        assertThat(queryOf(location))
                .containsKey("id_token_hint")
                .containsEntry("post_logout_redirect_uri", "http://localhost/");
        assertThat(session.isInvalid()).isTrue();
        mvc.perform(get("/api/me").session(new MockHttpSession())).andExpect(status().isUnauthorized());
    }

    @Test
    void aPageSendsBackTheCsrfTokenFromTheCookieItWasGiven() throws Exception {
        MockHttpServletResponse first = mvc.perform(get("/actuator/health"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        Cookie csrf = csrfCookieFrom(first);
        assertThat(csrf.isHttpOnly()).as("pages must be able to read it").isFalse();
        assertThat(csrf.getAttribute("SameSite"))
                .as("never sent along from another site")
                .isEqualTo("Strict");

        mvc.perform(post("/api/concerns")
                        .cookie(csrf)
                        .header("X-XSRF-TOKEN", "a-guess")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/concerns")
                        .cookie(csrf)
                        .header("X-XSRF-TOKEN", csrf.getValue())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk());

        StubService.Received received = SERVICES.get(Backend.INTAKE).onlyRequest();
        assertThat(received.hasHeader(HttpHeaders.AUTHORIZATION))
                .as("a citizen has no token")
                .isFalse();
        assertThat(received.hasHeader("X-XSRF-TOKEN"))
                .as("the CSRF token stays at the front door")
                .isFalse();
        assertThat(received.hasHeader(HttpHeaders.COOKIE)).isFalse();
    }

    @Test
    void aSignedInReportersConcernCarriesHerToken() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(
                session,
                Map.of(
                        "sub", "lene",
                        "name", "Lene Lærer",
                        "role", "reporter",
                        "municipality", "657",
                        "organisation", "Lindeskolen"));
        Cookie csrf = csrfCookieFrom(
                mvc.perform(get("/api/me").session(session)).andReturn().getResponse());

        mvc.perform(post("/api/concerns")
                        .session(session)
                        .cookie(csrf)
                        .header("X-XSRF-TOKEN", csrf.getValue())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isOk());

        assertThat(SERVICES.get(Backend.INTAKE).onlyRequest().header(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer " + IDENTITY_PROVIDER.lastAccessToken());
    }

    @Test
    void anApiCallWithoutSessionIsNotRememberedAndOpensNoSession() throws Exception {
        var result = mvc.perform(get("/api/police-checks").queryParam("state", "OPEN"))
                .andExpect(status().isUnauthorized())
                .andReturn();

        assertThat(result.getRequest().getSession(false))
                .as("only pages are remembered for after sign-in; an API call opens no session")
                .isNull();
        assertThat(SERVICES.get(Backend.SCREENING).received()).isEmpty();
    }

    @Test
    void aServiceThatDoesNotAnswerGives503() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(session, LISE);

        mvc.perform(get("/api/notifications")
                        .queryParam("department", "boern-og-forebyggelse")
                        .session(session))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(503));
    }

    /**
     * Plays the browser and the person: starts sign-in, lets the identity provider authenticate the
     * person with these claims, follows the redirect back and returns where the gateway sends the browser.
     */
    private String signIn(MockHttpSession session, Map<String, Object> claims) throws Exception {
        String authorize = mvc.perform(get("/oauth2/authorization/infohus").session(session))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.LOCATION);
        Map<String, String> request = queryOf(authorize);
        String code = IDENTITY_PROVIDER.issueCode(claims, request.get("nonce"));

        return mvc.perform(get("/login/oauth2/code/infohus")
                        .queryParam("code", code)
                        .queryParam("state", request.get("state"))
                        .session(session))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.LOCATION);
    }

    private static Cookie csrfCookieFrom(MockHttpServletResponse response) {
        Cookie cookie = response.getCookie("XSRF-TOKEN");
        assertThat(cookie)
                .as("every response of a browser without the cookie hands it out")
                .isNotNull();
        return cookie;
    }

    private static Map<String, String> queryOf(String location) {
        return UriComponentsBuilder.fromUriString(location)
                .build()
                .getQueryParams()
                .toSingleValueMap()
                .entrySet()
                .stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> URLDecoder.decode(entry.getValue(), StandardCharsets.UTF_8)));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
