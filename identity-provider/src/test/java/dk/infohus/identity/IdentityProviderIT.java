package dk.infohus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The identity provider as the gateway and the services use it: discovery, the authorization code flow with
 * PKCE through the login form, the tokens and their claims, the keys. The port is chosen free at random before
 * the start, because the issuer (which every token names) must be the URL the server is reached at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class IdentityProviderIT {

    static final int PORT = freePort();
    static final String ISSUER = "http://localhost:" + PORT;
    static final Path KEY_FILE = Path.of("target", "identity-provider-it", Browser.random(), "signing-key.json");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("infohus.identity.issuer", () -> ISSUER);
        registry.add("infohus.identity.key-file", KEY_FILE::toString);
        // prompt=login asks for a password typed within the last second, so the test needs wait only a moment
        registry.add("infohus.identity.sign-in.fresh-within", () -> "1s");
    }

    final Browser browser = new Browser(ISSUER);

    @Test
    void theDiscoveryDocumentNamesTheIssuerAndItsEndpoints() throws Exception {
        HttpResponse<String> response = browser.get("/.well-known/openid-configuration");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode discovery = Browser.JSON.readTree(response.body());
        assertThat(discovery.get("issuer").asString()).isEqualTo(ISSUER);
        assertThat(discovery.get("authorization_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/authorize");
        assertThat(discovery.get("token_endpoint").asString()).isEqualTo(ISSUER + "/oauth2/token");
        assertThat(discovery.get("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(discovery.get("id_token_signing_alg_values_supported").toString())
                .contains("RS256");
    }

    @Test
    void aMunicipalCoordinatorsAccessTokenNamesRoleMunicipalityAudienceAndIssuer() throws Exception {
        Browser.Tokens tokens = browser.signIn("lise", "infohus");

        JsonNode claims = Browser.claims(tokens.accessToken());
        assertThat(claims.get("sub").asString()).isEqualTo("lise");
        assertThat(claims.get("role").asString()).isEqualTo("municipal-coordinator");
        assertThat(claims.get("municipality").asString()).isEqualTo("657");
        assertThat(claims.get("name").asString()).isEqualTo("Lise Ungermann");
        assertThat(claims.get("iss").asString()).isEqualTo(ISSUER);
        assertThat(audience(claims)).contains("infohus");
        assertThat(Browser.header(tokens.accessToken()).get("alg").asString()).isEqualTo("RS256");

        // what a resource server with issuer-uri does: discovery, keys, signature, issuer and expiry
        Jwt verified = JwtDecoders.fromIssuerLocation(ISSUER).decode(tokens.accessToken());
        assertThat(verified.getClaimAsString("role")).isEqualTo("municipal-coordinator");
        assertThat(verified.getAudience()).contains("infohus");
    }

    @Test
    void aPoliceCoordinatorsTokensNameTheDistrictAndItsMunicipalities() throws Exception {
        Browser.Tokens tokens = browser.signIn("torben", "infohus");

        for (String token : List.of(tokens.accessToken(), tokens.idToken())) {
            JsonNode claims = Browser.claims(token);
            assertThat(claims.get("role").asString()).isEqualTo("police-coordinator");
            assertThat(claims.get("police_district").asString()).isEqualTo("midt-og-vestjylland");
            assertThat(strings(claims.get("municipalities")))
                    .containsExactly("657", "661", "671", "665", "760", "779", "791");
            assertThat(claims.get("municipality").asString()).isEqualTo("657");
        }
        JsonNode idToken = Browser.claims(tokens.idToken());
        assertThat(audience(idToken)).containsExactly(Browser.CLIENT_ID);
        assertThat(idToken.get("name").asString()).isEqualTo("Torben Wad");
    }

    @Test
    void thePoliceSystemGetsATokenOfItsOwnRoleForItsDistrictWithClientCredentialsOnly() throws Exception {
        HttpResponse<String> response = browser.clientCredentials("police-system", "police-system-secret");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        String token =
                Browser.JSON.readTree(response.body()).get("access_token").asString();
        JsonNode claims = Browser.claims(token);
        assertThat(claims.get("sub").asString()).isEqualTo("police-system");
        assertThat(claims.get("role").asString()).isEqualTo("police-system");
        assertThat(claims.get("police_district").asString()).isEqualTo("midt-og-vestjylland");
        assertThat(strings(claims.get("municipalities")))
                .containsExactly("657", "661", "671", "665", "760", "779", "791");
        assertThat(audience(claims)).contains("infohus");
        Jwt verified = JwtDecoders.fromIssuerLocation(ISSUER).decode(token);
        assertThat(verified.getClaimAsString("role")).isEqualTo("police-system");

        assertThat(browser.clientCredentials("police-system", "wrong").statusCode())
                .isEqualTo(401);
        // the front door's client is for people signing in: no token without a user
        assertThat(browser.clientCredentials(Browser.CLIENT_ID, Browser.CLIENT_SECRET)
                        .statusCode())
                .isEqualTo(400);
    }

    /** Every demo user of the README signs in with the password infohus and gets the claims of their role. */
    static Stream<Arguments> demoUsers() {
        return Stream.of(
                Arguments.of("lene", "reporter", "657", Map.of("organisation", "Lindeskolen")),
                Arguments.of("kim", "reporter", "657", Map.of("organisation", "Kriminalforsorgen")),
                Arguments.of("torben", "police-coordinator", "657", Map.of("police_district", "midt-og-vestjylland")),
                Arguments.of("lise", "municipal-coordinator", "657", Map.of()),
                Arguments.of("holger", "municipal-coordinator", "661", Map.of()),
                Arguments.of("mette", "infohus-member", "657", Map.of("authority", "boern-og-forebyggelse")),
                Arguments.of("jens", "department-caseworker", "657", Map.of("department", "boern-og-forebyggelse")),
                Arguments.of("nina", "network-member", "657", Map.of("police_district", "midt-og-vestjylland")),
                Arguments.of("admin", "administrator", "657", Map.of()));
    }

    @ParameterizedTest(name = "{0} is {1} in {2}")
    @MethodSource("demoUsers")
    void everyDemoUserSignsInWithTheClaimsOfTheirRole(
            String username, String role, String municipality, Map<String, String> more) throws Exception {
        Browser.Tokens tokens = browser.signIn(username, "infohus");

        for (String token : List.of(tokens.accessToken(), tokens.idToken())) {
            JsonNode claims = Browser.claims(token);
            assertThat(claims.get("sub").asString()).isEqualTo(username);
            assertThat(claims.get("role").asString()).isEqualTo(role);
            assertThat(claims.get("municipality").asString()).isEqualTo(municipality);
            assertThat(claims.get("name").asString()).isNotBlank();
            more.forEach((claim, value) ->
                    assertThat(claims.get(claim).asString()).as(claim).isEqualTo(value));
        }
    }

    @Test
    void aWrongPasswordOrAnUnknownUserGetsNoCodeAndEveryAttemptIsLogged(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        assertThat(browser.authorizationCode("lise", "forkert", Browser.random()))
                .isEmpty();
        assertThat(new Browser(ISSUER).authorizationCode("mallory\u202e", "infohus", Browser.random()))
                .isEmpty();
        new Browser(ISSUER).signIn("jens", "infohus");

        assertThat(output.getOut())
                .contains("Sign-in failed, wrong password or unknown name: 'lise' from 127.0.0.1")
                .contains("Sign-in failed, wrong password or unknown name: 'mallory?' from 127.0.0.1")
                .contains("Signed in: jens from 127.0.0.1")
                .doesNotContain("forkert");
    }

    /** Last: it locks holger out, whom the other tests sign in. */
    @Test
    @Order(Integer.MAX_VALUE)
    void fiveWrongPasswordsLockTheNameForAWhileEvenWithTheRightOneAndTheOthersStillSignIn() throws Exception {
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(new Browser(ISSUER).authorizationCode("holger", "gæt-" + attempt, Browser.random()))
                    .isEmpty();
        }

        Browser holger = new Browser(ISSUER);
        assertThat(holger.authorizationCode(" Holger", "infohus", Browser.random()))
                .as("the right password, while the name is locked (as typed, in any case)")
                .isEmpty();
        assertThat(holger.get("/login?error").body())
                .as("the same words as for a wrong password: nothing tells an attacker the name is locked")
                .contains("Invalid credentials")
                .doesNotContainIgnoringCase("locked");
        assertThat(new Browser(ISSUER).signIn("lise", "infohus").accessToken())
                .as("another name from the same address")
                .isNotBlank();

        // a name that does not exist is counted and refused the same way: the refusal tells no names
        String unknown = "mallory-" + Browser.random();
        for (int attempt = 0; attempt < 5; attempt++) {
            assertThat(new Browser(ISSUER).authorizationCode(unknown, "gæt", Browser.random()))
                    .isEmpty();
        }
        Browser mallory = new Browser(ISSUER);
        assertThat(mallory.authorizationCode(unknown, "gæt", Browser.random())).isEmpty();
        assertThat(mallory.get("/login?error").body()).contains("Invalid credentials");
    }

    @Test
    void promptLoginAsksForThePasswordAgainAndTheNewIdTokenNamesTheNewSignIn() throws Exception {
        Browser jens = new Browser(ISSUER);
        Browser.Tokens first = jens.signIn("jens", "infohus");
        long firstSignIn = Browser.claims(first.idToken()).get("auth_time").asLong();
        assertThat(jens.authorizationRedirect(""))
                .as("signed in: straight back to the gateway")
                .startsWith(Browser.REDIRECT_URI);

        // a moment later (the tolerance is a second here), the front door asks for a fresh sign-in
        await().pollDelay(Duration.ofMillis(1100)).until(() -> true);
        assertThat(jens.authorizationRedirect("&prompt=login"))
                .as("prompt=login: the login form, though the session was valid")
                .endsWith("/login");
        Browser.Tokens again = jens.signIn("jens", "infohus", "&prompt=login&max_age=840");

        long secondSignIn = Browser.claims(again.idToken()).get("auth_time").asLong();
        assertThat(secondSignIn).isGreaterThan(firstSignIn);
        assertThat(jens.authorizationRedirect("&max_age=840"))
                .as("a max_age the sign-in meets: straight back")
                .startsWith(Browser.REDIRECT_URI);
    }

    @Test
    void aRedirectUriThatIsNotRegisteredGetsNoRedirect() throws Exception {
        HttpResponse<String> response = browser.get("/oauth2/authorize?response_type=code&client_id="
                + Browser.CLIENT_ID + "&scope=openid&state=x&redirect_uri=http://evil.example/callback"
                + "&code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void theCodeIsExchangedOnlyWithTheClientSecretAndTheVerifier() throws Exception {
        String verifier = Browser.random();
        String code = browser.authorizationCode("lise", "infohus", verifier).orElseThrow();
        Map<String, String> exchange = Map.of(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                Browser.REDIRECT_URI,
                "code_verifier",
                verifier);

        assertThat(browser.tokenRequest(exchange, "wrong-secret").statusCode()).isEqualTo(401);
        assertThat(browser.tokenRequest(
                                Map.of(
                                        "grant_type",
                                        "authorization_code",
                                        "code",
                                        code,
                                        "redirect_uri",
                                        Browser.REDIRECT_URI,
                                        "code_verifier",
                                        Browser.random()),
                                Browser.CLIENT_SECRET)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void aRefreshGivesANewAccessTokenWithTheSameClaimsAndTheOldRefreshTokenIsSpent() throws Exception {
        Browser.Tokens first = browser.signIn("jens", "infohus");
        Map<String, String> refresh = Map.of("grant_type", "refresh_token", "refresh_token", first.refreshToken());

        Browser.Tokens second = Browser.tokens(browser.tokenRequest(refresh, Browser.CLIENT_SECRET));

        JsonNode claims = Browser.claims(second.accessToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(claims.get("role").asString()).isEqualTo("department-caseworker");
        assertThat(claims.get("department").asString()).isEqualTo("boern-og-forebyggelse");
        assertThat(audience(claims)).contains("infohus");
        assertThat(browser.tokenRequest(refresh, Browser.CLIENT_SECRET).statusCode())
                .isEqualTo(400);
    }

    @Test
    void theUserinfoEndpointAnswersWithTheSameClaims() throws Exception {
        Browser.Tokens tokens = browser.signIn("mette", "infohus");

        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(java.net.URI.create(ISSUER + "/userinfo"))
                                .header("Authorization", "Bearer " + tokens.accessToken())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode userInfo = Browser.JSON.readTree(response.body());
        assertThat(userInfo.get("sub").asString()).isEqualTo("mette");
        assertThat(userInfo.get("role").asString()).isEqualTo("infohus-member");
        assertThat(userInfo.get("authority").asString()).isEqualTo("boern-og-forebyggelse");
    }

    @Test
    void theJwksEndpointServesThePublicPartOfTheKeyInTheKeyFile() throws Exception {
        HttpResponse<String> response = browser.get("/oauth2/jwks");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode keys = Browser.JSON.readTree(response.body()).get("keys");
        assertThat(keys.size()).isEqualTo(1);
        JsonNode key = keys.get(0);
        assertThat(key.get("kty").asString()).isEqualTo("RSA");
        assertThat(key.get("kid").asString())
                .isEqualTo(Browser.JSON
                        .readTree(Files.readString(KEY_FILE))
                        .get("kid")
                        .asString());
        for (String privatePart : List.of("d", "p", "q", "dp", "dq", "qi")) {
            assertThat(key.has(privatePart))
                    .as("private part %s served", privatePart)
                    .isFalse();
        }
        String accessToken = browser.signIn("admin", "infohus").accessToken();
        assertThat(Browser.header(accessToken).get("kid").asString())
                .isEqualTo(key.get("kid").asString());
    }

    @Test
    void theLoginPageCarriesSecurityHeadersAndTheSessionCookieIsTheIdentityProvidersOwn() throws Exception {
        HttpResponse<String> response = browser.get("/login");

        assertThat(response.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(csp ->
                        assertThat(csp).contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie ->
                        assertThat(cookie).startsWith("INFOHUS_IDP_SESSION=").contains("HttpOnly"))
                .noneSatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="));
    }

    private static List<String> audience(JsonNode claims) {
        JsonNode aud = claims.get("aud");
        return aud.isArray() ? strings(aud) : List.of(aud.asString());
    }

    private static List<String> strings(JsonNode array) {
        return array.valueStream().map(JsonNode::asString).toList();
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
