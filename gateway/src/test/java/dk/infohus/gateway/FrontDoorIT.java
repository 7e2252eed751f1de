package dk.infohus.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dk.infohus.gateway.routing.Backend;
import jakarta.servlet.http.Cookie;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The front door against stub services and a stub identity provider: who passes without signing in, what
 * an unsigned request gets, where each path goes, what the service receives, and the headers and CSRF
 * protection every response carries. Signed-in requests use Spring Security's {@code oidcLogin()}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class FrontDoorIT {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; object-src 'none'";

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

    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    @Autowired
    ClientRegistrationRepository registrations;

    @BeforeEach
    void forgetEarlierRequests() {
        SERVICES.values().forEach(StubService::forget);
    }

    // --- a citizen, not signed in -------------------------------------------------------------------

    @Test
    void aCitizensConcernGoesToIntakeWithoutAnyCredentials() throws Exception {
        String concern = "{\"municipality\":\"657\",\"account\":\"Deler voldsforherligende videoer.\"}";

        mvc.perform(post("/api/concerns")
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(concern)
                        .cookie(new Cookie("INFOHUS_SESSION", "not-for-the-service"))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer made-up-by-the-browser"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value("intake"));

        StubService.Received received = SERVICES.get(Backend.INTAKE).onlyRequest();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.pathAndQuery()).isEqualTo("/api/concerns");
        assertThat(received.body()).isEqualTo(concern);
        assertThat(received.hasHeader(HttpHeaders.AUTHORIZATION))
                .as("a citizen has no token, and one the browser made up is not passed on")
                .isFalse();
        assertThat(received.hasHeader(HttpHeaders.COOKIE))
                .as("the session cookie stays at the front door")
                .isFalse();
    }

    @Test
    void aCitizenLooksUpAReceiptWithoutSigningIn() throws Exception {
        mvc.perform(get("/api/receipts/7K3M-Q9TX-2B4R")).andExpect(status().isOk());

        assertThat(SERVICES.get(Backend.INTAKE).onlyRequest().pathAndQuery()).isEqualTo("/api/receipts/7K3M-Q9TX-2B4R");
    }

    @Test
    void aPartnerSystemReadsIntakesOpenApiDescriptionWithoutSigningIn() throws Exception {
        mvc.perform(get("/openapi/intake")).andExpect(status().isOk());

        assertThat(SERVICES.get(Backend.INTAKE).onlyRequest().pathAndQuery()).isEqualTo("/openapi/intake");
    }

    @Test
    void aConcernWithoutCsrfTokenIsRefusedBeforeReachingIntake() throws Exception {
        mvc.perform(post("/api/concerns")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));

        assertThat(SERVICES.get(Backend.INTAKE).received()).isEmpty();
    }

    // --- not signed in, where signing in is needed ---------------------------------------------------

    static Stream<MockHttpServletRequestBuilder> apiRequestsThatNeedSignIn() {
        return Stream.of(
                get("/api/police-checks").queryParam("state", "OPEN"),
                get("/api/police-checks"),
                get("/api/concerns/3f0c7c9e-0000-4000-8000-000000000001"),
                get("/api/infohus-cases/3f0c7c9e-0000-4000-8000-000000000001"),
                get("/api/departments"),
                get("/api/assessment-dimensions"),
                get("/api/referrals").queryParam("department", "boern-og-forebyggelse"),
                get("/api/notifications"),
                get("/api/reminders/3f0c7c9e-0000-4000-8000-000000000001"),
                get("/api/me"),
                get("/api").accept(MediaType.TEXT_HTML),
                get("/api/police-checks").accept(MediaType.TEXT_HTML));
    }

    @ParameterizedTest
    @MethodSource("apiRequestsThatNeedSignIn")
    void anApiRequestWithoutSessionGets401AndReachesNoService(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request)
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist(HttpHeaders.LOCATION))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.title").value("Unauthorized"));

        SERVICES.values()
                .forEach(stub -> assertThat(stub.received()).as(stub.name()).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/sager", "/actuator/prometheus"})
    void aPageWithoutSessionRedirectsToSignIn(String page) throws Exception {
        mvc.perform(get(page).accept(MediaType.TEXT_HTML))
                .andExpect(status().isFound())
                .andExpect(header().string(HttpHeaders.LOCATION, "/oauth2/authorization/infohus"));
    }

    @Test
    void signingInStartsAtTheIdentityProviderWithTheInfohusClient() throws Exception {
        String location = mvc.perform(get("/oauth2/authorization/infohus"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getHeader(HttpHeaders.LOCATION);

        assertThat(location).startsWith(IDENTITY_PROVIDER.authorizationEndpoint() + "?");
        Map<String, String> query = queryOf(location);
        assertThat(query)
                .containsEntry("response_type", "code")
                .containsEntry("client_id", "infohus-gateway")
                .containsEntry("scope", "openid profile infohus")
                .containsEntry("redirect_uri", "http://localhost/login/oauth2/code/infohus")
                .containsEntry("code_challenge_method", "S256")
                .containsKeys("state", "nonce", "code_challenge");
    }

    // --- signed in ------------------------------------------------------------------------------------

    @Test
    void aSignedInRequestReachesTheServiceWithTheUsersAccessToken() throws Exception {
        mvc.perform(get("/api/police-checks")
                        .queryParam("state", "OPEN")
                        .with(signedIn("torben", "police-coordinator", "token-of-torben"))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer made-up-by-the-browser")
                        .cookie(new Cookie("INFOHUS_SESSION", "not-for-the-service")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value("screening"));

        StubService.Received received = SERVICES.get(Backend.SCREENING).onlyRequest();
        assertThat(received.pathAndQuery()).isEqualTo("/api/police-checks?state=OPEN");
        assertThat(received.headers().get("authorization")).containsExactly("Bearer token-of-torben");
        assertThat(received.hasHeader(HttpHeaders.COOKIE)).isFalse();
    }

    static Stream<Arguments> everyPathOfTheRouteTable() {
        return Stream.of(Backend.values())
                .flatMap(backend -> backend.pathPatterns().stream().flatMap(pattern -> {
                    if (!pattern.endsWith("/**")) {
                        return Stream.of(Arguments.of(pattern, backend)); // one exact path
                    }
                    String prefix = pattern.substring(0, pattern.length() - "/**".length());
                    return Stream.of(
                            Arguments.of(prefix, backend), Arguments.of(prefix + "/3f0c7c9e-case/step", backend));
                }));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPathOfTheRouteTable")
    void everyPathGoesToItsServiceAndNoOther(String path, Backend backend) throws Exception {
        mvc.perform(get(path).with(signedIn("lise", "municipal-coordinator", "token-of-lise")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value(backend.id()));

        assertThat(SERVICES.get(backend).onlyRequest().pathAndQuery()).isEqualTo(path);
        SERVICES.forEach((other, stub) -> {
            if (other != backend) {
                assertThat(stub.received()).as(other.id()).isEmpty();
            }
        });
    }

    @Test
    void aPathOutsideTheRouteTableGoesNowhere() throws Exception {
        mvc.perform(get("/api/audit-entries").with(signedIn("admin", "administrator", "token-of-admin")))
                .andExpect(status().isNotFound());

        SERVICES.values()
                .forEach(stub -> assertThat(stub.received()).as(stub.name()).isEmpty());
    }

    // --- partner systems: a bearer token, no session (issue 13 item 6) ---------------------------------

    @Test
    void aPartnerSystemFilesAConcernWithItsOwnTokenWithoutSessionOrCsrf() throws Exception {
        String concern = "{\"municipality\":\"657\"}";

        mvc.perform(post("/api/concerns")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(concern)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer token-of-the-school-system"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.service").value("intake"))
                .andExpect(header().doesNotExist(HttpHeaders.SET_COOKIE));

        StubService.Received received = SERVICES.get(Backend.INTAKE).onlyRequest();
        assertThat(received.body()).isEqualTo(concern);
        assertThat(received.header(HttpHeaders.AUTHORIZATION))
                .as("the partner's token goes on for intake to validate")
                .isEqualTo("Bearer token-of-the-school-system");
    }

    @Test
    void aPoliceSystemAnswersACheckWithItsClientCredentialsToken() throws Exception {
        mvc.perform(post("/api/police-checks/3f0c7c9e-case/clearance")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .header(HttpHeaders.AUTHORIZATION, "Bearer token-of-the-police-system"))
                .andExpect(status().isOk());

        assertThat(SERVICES.get(Backend.SCREENING).onlyRequest().header(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer token-of-the-police-system");
    }

    @Test
    void aBrowsersSessionWithABearerHeaderStillNeedsTheCsrfTokenAndItsHeaderIsDropped() throws Exception {
        mvc.perform(post("/api/police-checks/3f0c7c9e-case/clearance")
                        .with(signedIn("torben", "police-coordinator", "token-of-torben"))
                        .cookie(new Cookie("INFOHUS_SESSION", "the-browsers-session"))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer planted-by-a-script")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}"))
                .andExpect(status().isForbidden());
        assertThat(SERVICES.get(Backend.SCREENING).received()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Basic dXNlcjpwYXNz", "bearer"})
    void anAuthorizationHeaderThatIsNoBearerTokenIsNoPartnerSystem(String authorization) throws Exception {
        mvc.perform(post("/api/concerns")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{}")
                        .header(HttpHeaders.AUTHORIZATION, authorization))
                .andExpect(status().isForbidden());
        assertThat(SERVICES.get(Backend.INTAKE).received()).isEmpty();
    }

    // --- errors the front door answers itself, over real HTTP (MockMvc has no error dispatch) ----------

    @ParameterizedTest
    @ValueSource(strings = {"/api/meetings", "/api/concerns-and-more", "/api/nothing/here"})
    void aPathOutsideTheRouteTableIsAPlainProblemWithoutFrameworkText(String path) throws Exception {
        java.net.http.HttpResponse<String> response = overHttp(path, "application/json");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body())
                .contains("\"status\":404", "Her er intet. / There is nothing here.")
                .doesNotContain("static resource", "Exception", "Spring", "trace", path.substring(1));
        SERVICES.values()
                .forEach(stub -> assertThat(stub.received()).as(stub.name()).isEmpty());
    }

    @Test
    void aBrowserOutsideTheRouteTableGetsAShortPageInDanishAndEnglish() throws Exception {
        java.net.http.HttpResponse<String> response = overHttp("/api/meetings", "text/html,*/*;q=0.8");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue(HttpHeaders.CONTENT_TYPE)).hasValue("text/html;charset=UTF-8");
        assertThat(response.body())
                .contains("<html lang=\"da\">", "Her er intet.", "There is nothing here.", "href=\"/\"")
                .doesNotContain("Whitelabel", "static resource", "Exception");
    }

    /** A partner system's GET (bearer token, no session) over real HTTP, so errors take the error path. */
    private java.net.http.HttpResponse<String> overHttp(String path, String accept) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + path))
                                .header(HttpHeaders.AUTHORIZATION, "Bearer token-of-a-partner")
                                .header(HttpHeaders.ACCEPT, accept)
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPostFromASessionWithoutCsrfTokenIsRefused() throws Exception {
        String clearance = "{\"officer\":\"TWA001\"}";

        mvc.perform(post("/api/police-checks/3f0c7c9e-case/clearance")
                        .with(signedIn("torben", "police-coordinator", "token-of-torben"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(clearance))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(SERVICES.get(Backend.SCREENING).received()).isEmpty();

        mvc.perform(post("/api/police-checks/3f0c7c9e-case/clearance")
                        .with(signedIn("torben", "police-coordinator", "token-of-torben"))
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(clearance))
                .andExpect(status().isOk());
        StubService.Received received = SERVICES.get(Backend.SCREENING).onlyRequest();
        assertThat(received.body()).isEqualTo(clearance);
        assertThat(received.header(HttpHeaders.AUTHORIZATION)).isEqualTo("Bearer token-of-torben");
    }

    @Test
    void meTellsThePagesWhoIsSignedInFromTheIdTokenClaims() throws Exception {
        mvc.perform(get("/api/me")
                        .with(oidcLogin()
                                .clientRegistration(infohusClient())
                                .idToken(token -> token.subject("torben")
                                        .claim("name", "Torben Politi")
                                        .claim("role", "police-coordinator")
                                        .claim("municipality", "657")
                                        .claim("municipalities", List.of("657", "661", "671"))
                                        .claim("police_district", "midt-og-vestjylland"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value("torben"))
                .andExpect(jsonPath("$.name").value("Torben Politi"))
                .andExpect(jsonPath("$.role").value("police-coordinator"))
                .andExpect(jsonPath("$.municipality").value("657"))
                .andExpect(jsonPath("$.municipalities").value(org.hamcrest.Matchers.contains("657", "661", "671")))
                .andExpect(jsonPath("$.policeDistrict").value("midt-og-vestjylland"))
                .andExpect(jsonPath("$.department").doesNotExist());

        SERVICES.values()
                .forEach(stub -> assertThat(stub.received()).as(stub.name()).isEmpty());
    }

    // --- every response -------------------------------------------------------------------------------

    static Stream<Arguments> responsesOfEveryKind() {
        return Stream.of(
                Arguments.of("a public answer from a service", get("/api/receipts/7K3M-Q9TX-2B4R")),
                Arguments.of(
                        "a signed-in answer from a service",
                        get("/api/departments").with(signedIn("jens", "department-caseworker", "t"))),
                Arguments.of(
                        "the front door's own answer",
                        get("/api/me").with(signedIn("lise", "municipal-coordinator", "t"))),
                Arguments.of("401 for the API", get("/api/police-checks")),
                Arguments.of("redirect to sign-in", get("/").accept(MediaType.TEXT_HTML)),
                Arguments.of("403 without CSRF token", post("/api/concerns").content("{}")),
                Arguments.of(
                        "404 outside the route table",
                        get("/api/nothing-here").with(signedIn("admin", "administrator", "t"))),
                Arguments.of("a static asset", get("/web-ui/infohus.css")),
                Arguments.of(
                        "the workspace", get("/").accept(MediaType.TEXT_HTML).with(signedIn("anna", "reporter", "t"))),
                Arguments.of("health", get("/actuator/health")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responsesOfEveryKind")
    void everyResponseCarriesTheSecurityHeaders(String kind, MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request)
                .andExpect(header().string("Content-Security-Policy", CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "no-referrer"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andExpect(result -> assertThat(result.getResponse().getHeaders(HttpHeaders.SET_COOKIE))
                        .as("no service sets cookies on the front door's origin")
                        .noneMatch(cookie -> cookie.startsWith("service-cookie")));
    }

    @Test
    void hstsIsSentOnlyOverTls() throws Exception {
        mvc.perform(get("/actuator/health").secure(true))
                .andExpect(header().string("Strict-Transport-Security", org.hamcrest.Matchers.startsWith("max-age=")));
    }

    // --- logs -----------------------------------------------------------------------------------------

    @Test
    void personalDataInAConcernNeverReachesTheLog(CapturedOutput output) throws Exception {
        String cpr = "170511-4321";
        String name = "Ali Testperson Jensen";
        mvc.perform(post("/api/concerns")
                        .queryParam("subject", name)
                        .with(csrf().asHeader())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"subject\":{\"name\":\"" + name + "\",\"cprNumber\":\"" + cpr + "\"}}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/concerns").queryParam("cpr", cpr)).andExpect(status().isUnauthorized());

        assertThat(SERVICES.get(Backend.INTAKE).onlyRequest().body()).contains(cpr);
        assertThat(output.getAll()).doesNotContain(cpr).doesNotContain(name).doesNotContain("Testperson");
    }

    // --- helpers --------------------------------------------------------------------------------------

    /** The client registration as the gateway discovered it from the stub identity provider. */
    private ClientRegistration infohusClient() {
        ClientRegistration registration = registrations.findByRegistrationId("infohus");
        assertThat(registration)
                .as("discovered from the stub identity provider")
                .isNotNull();
        return registration;
    }

    /** A session signed in through the {@code infohus} client, holding this access token. */
    private static RequestPostProcessor signedIn(String username, String role, String accessToken) {
        ClientRegistration infohus = ClientRegistration.withRegistrationId("infohus")
                .clientId(StubIdentityProvider.CLIENT_ID)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "infohus")
                .authorizationUri(IDENTITY_PROVIDER.authorizationEndpoint())
                .tokenUri(IDENTITY_PROVIDER.issuer() + "/token")
                .build();
        Instant now = Instant.now();
        RequestPostProcessor login = oidcLogin()
                .clientRegistration(infohus)
                .idToken(token -> token.subject(username).claim("role", role).claim("municipality", "657"));
        RequestPostProcessor token = oauth2Client()
                .clientRegistration(infohus)
                .principalName(username)
                .accessToken(new OAuth2AccessToken(
                        OAuth2AccessToken.TokenType.BEARER, accessToken, now, now.plusSeconds(300)));
        return request -> token.postProcessRequest(login.postProcessRequest(request));
    }

    private static Map<String, String> queryOf(String location) {
        return UriComponentsBuilder.fromUriString(location)
                .build()
                .getQueryParams()
                .toSingleValueMap()
                .entrySet()
                .stream()
                .collect(java.util.stream.Collectors.toMap(
                        Map.Entry::getKey, entry -> URLDecoder.decode(entry.getValue(), StandardCharsets.UTF_8)));
    }
}
