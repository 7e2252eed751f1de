package dk.infohus.identity;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs in the way the gateway and a person's browser do, over plain HTTP with a cookie jar: the authorization
 * request with PKCE, the login form with its CSRF token, the redirect back with the code, and the code exchanged
 * for tokens at the token endpoint with the client's basic authentication.
 */
final class Browser {

    static final String CLIENT_ID = "infohus-gateway";
    static final String CLIENT_SECRET = "infohus-gateway-secret";
    static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/infohus";
    static final JsonMapper JSON = JsonMapper.builder().build();

    /** What a browser accepts; a request that asks for JSON first is not saved for after the login. */
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI server;
    private final HttpClient http;

    Browser(String server) {
        this.server = URI.create(server);
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** What the token endpoint answered: the access token, the id token and the refresh token. */
    record Tokens(String accessToken, String idToken, String refreshToken) {}

    /** Signs in; the code the server redirected back with, or empty when the login form refused the password. */
    Optional<String> authorizationCode(String username, String password, String codeVerifier) throws Exception {
        return authorizationCode(username, password, codeVerifier, "");
    }

    /**
     * Where an authorization request with these extra parameters ({@code &prompt=login}) sends this browser: the
     * login form, or straight back to the gateway when the browser is signed in already.
     */
    String authorizationRedirect(String extra) throws Exception {
        return assertRedirect(get(authorizeUrl(random(), random(), extra)), "");
    }

    /** Signs in through an authorization request with these extra parameters; the code, or empty when refused. */
    Optional<String> authorizationCode(String username, String password, String codeVerifier, String extra)
            throws Exception {
        String state = random();
        String authorize = authorizeUrl(state, codeVerifier, extra);
        return signInAt(authorize, state, username, password);
    }

    private static String authorizeUrl(String state, String codeVerifier, String extra) throws Exception {
        return "/oauth2/authorize?"
                + form(Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        CLIENT_ID,
                        "scope",
                        "openid profile infohus",
                        "redirect_uri",
                        REDIRECT_URI,
                        "state",
                        state,
                        "nonce",
                        random(),
                        "code_challenge",
                        challenge(codeVerifier),
                        "code_challenge_method",
                        "S256"))
                + extra;
    }

    private Optional<String> signInAt(String authorize, String state, String username, String password)
            throws Exception {
        HttpResponse<String> toLogin = get(authorize);
        assertRedirect(toLogin, "/login");

        HttpResponse<String> loginPage = get("/login");
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (loginPage.statusCode() != 200 || !csrf.find()) {
            throw new AssertionError("no login form with a CSRF token: " + loginPage.statusCode() + loginPage.body());
        }
        HttpResponse<String> loggedIn =
                post("/login", form(Map.of("username", username, "password", password, "_csrf", csrf.group(1))), null);
        String location = assertRedirect(loggedIn, "");
        if (location.contains("/login?error")) {
            return Optional.empty();
        }
        // back to the saved authorization request, which now redirects to the gateway with the code
        for (int hop = 0; hop < 5 && !location.startsWith(REDIRECT_URI); hop++) {
            location = assertRedirect(get(location), "");
        }
        if (!location.startsWith(REDIRECT_URI + "?")) {
            throw new AssertionError("not redirected back to the gateway: " + location);
        }
        Map<String, String> parameters = query(URI.create(location).getRawQuery());
        if (!state.equals(parameters.get("state"))) {
            throw new AssertionError("state not returned as sent: " + location);
        }
        return Optional.of(parameters.get("code"));
    }

    /** The whole sign-in, up to the tokens; fails when the password is refused. */
    Tokens signIn(String username, String password) throws Exception {
        return signIn(username, password, "");
    }

    /** The whole sign-in through an authorization request with these extra parameters, up to the tokens. */
    Tokens signIn(String username, String password, String extra) throws Exception {
        String verifier = random();
        String code = authorizationCode(username, password, verifier, extra)
                .orElseThrow(() -> new AssertionError(username + " could not sign in"));
        HttpResponse<String> response = tokenRequest(
                Map.of(
                        "grant_type", "authorization_code",
                        "code", code,
                        "redirect_uri", REDIRECT_URI,
                        "code_verifier", verifier),
                CLIENT_SECRET);
        return tokens(response);
    }

    HttpResponse<String> tokenRequest(Map<String, String> parameters, String clientSecret) throws Exception {
        String basic =
                Base64.getEncoder().encodeToString((CLIENT_ID + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        return post("/oauth2/token", form(parameters), "Basic " + basic);
    }

    /** A machine client's token request: client credentials, the client's own id and secret. */
    HttpResponse<String> clientCredentials(String clientId, String clientSecret)
            throws IOException, InterruptedException {
        String basic =
                Base64.getEncoder().encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        return post(
                "/oauth2/token",
                form(Map.of("grant_type", "client_credentials", "scope", "infohus")),
                "Basic " + basic);
    }

    static Tokens tokens(HttpResponse<String> response) {
        if (response.statusCode() != 200) {
            throw new AssertionError("token endpoint answered " + response.statusCode() + ": " + response.body());
        }
        JsonNode body = JSON.readTree(response.body());
        return new Tokens(
                body.get("access_token").asString(),
                body.get("id_token").asString(),
                body.get("refresh_token").asString());
    }

    HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(server.resolve(pathOrUrl))
                        .header("Accept", BROWSER_ACCEPT)
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", authorization == null ? BROWSER_ACCEPT : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The claims of a JWT, read from its payload (the signature is checked elsewhere). */
    static JsonNode claims(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    /** The header of a JWT. */
    static JsonNode header(String jwt) {
        return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[0]));
    }

    static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) throws NoSuchAlgorithmException {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    private static String assertRedirect(HttpResponse<String> response, String locationContains) {
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || !location.contains(locationContains)) {
            throw new AssertionError(response.request().method() + " "
                    + response.request().uri()
                    + ": expected a redirect to '" + locationContains + "', got " + response.statusCode() + " to '"
                    + location + "': " + response.body());
        }
        return location;
    }

    static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String query) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : query.split("&")) {
            String[] keyValue = pair.split("=", 2);
            parameters.put(
                    URLDecoder.decode(keyValue[0], StandardCharsets.UTF_8),
                    keyValue.length > 1 ? URLDecoder.decode(keyValue[1], StandardCharsets.UTF_8) : "");
        }
        return parameters;
    }
}
