package dk.infohus.launcher;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Signs a demo user in at the local identity provider the way the gateway does (authorization code with
 * PKCE, the login form with its CSRF token) and returns the user's access token. For the end-to-end test,
 * and for trying the API with curl:
 *
 * <pre>TOKEN=$(./infohus token lise)</pre>
 *
 * There is deliberately no password or client-credentials grant: a token is always a person's.
 */
public final class DemoSignIn {

    private static final String CLIENT_ID = "infohus-gateway";
    private static final String CLIENT_SECRET = "infohus-gateway-secret";
    private static final String REDIRECT_URI = "http://localhost:8080/login/oauth2/code/infohus";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final URI issuer;
    private final String redirectUri;
    private final HttpClient http;

    public DemoSignIn(URI issuer, String redirectUri) {
        this.issuer = issuer;
        this.redirectUri = redirectUri;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** {@code ./infohus token <user> [password]}: prints the user's access token. */
    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("Brug / usage: ./infohus token <bruger/user> [adgangskode/password]");
            System.exit(2);
        }
        String issuer = System.getProperty("infohus.identity.issuer", "http://localhost:9000");
        System.out.println(new DemoSignIn(URI.create(issuer), REDIRECT_URI)
                .accessToken(args[0], args.length > 1 ? args[1] : "infohus"));
    }

    /** Signs the user in and returns their access token. */
    public String accessToken(String username, String password) throws IOException, InterruptedException {
        String verifier = random();
        String state = random();
        String authorize = "/oauth2/authorize?"
                + form(Map.of(
                        "response_type",
                        "code",
                        "client_id",
                        CLIENT_ID,
                        "scope",
                        "openid profile infohus",
                        "redirect_uri",
                        redirectUri,
                        "state",
                        state,
                        "code_challenge",
                        challenge(verifier),
                        "code_challenge_method",
                        "S256"));
        get(authorize);
        HttpResponse<String> loginPage = get("/login");
        Matcher csrf = CSRF.matcher(loginPage.body());
        if (!csrf.find()) {
            throw new IllegalStateException("the identity provider showed no login form: " + loginPage.statusCode());
        }
        String location = location(
                post("/login", form(Map.of("username", username, "password", password, "_csrf", csrf.group(1))), null));
        if (location.contains("/login?error")) {
            throw new IllegalArgumentException(username + " could not sign in: wrong user name or password");
        }
        for (int hop = 0; hop < 5 && !location.startsWith(redirectUri); hop++) {
            location = location(get(location));
        }
        Map<String, String> returned = query(URI.create(location).getRawQuery());
        if (!state.equals(returned.get("state")) || returned.get("code") == null) {
            throw new IllegalStateException("the identity provider did not return a code");
        }
        String basic =
                Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> tokens = post(
                "/oauth2/token",
                form(Map.of(
                        "grant_type",
                        "authorization_code",
                        "code",
                        returned.get("code"),
                        "redirect_uri",
                        redirectUri,
                        "code_verifier",
                        verifier)),
                "Basic " + basic);
        Matcher token = ACCESS_TOKEN.matcher(tokens.body());
        if (tokens.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("the token endpoint answered " + tokens.statusCode());
        }
        return token.group(1);
    }

    private HttpResponse<String> get(String pathOrUrl) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(issuer.resolve(pathOrUrl))
                        .header("Accept", "text/html")
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String form, String authorization)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(issuer.resolve(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", authorization == null ? "text/html" : "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new IllegalStateException("expected a redirect, got " + response.statusCode()));
    }

    private static String form(Map<String, String> parameters) {
        return parameters.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int equals = pair.indexOf('=');
                if (equals > 0) {
                    parameters.put(
                            URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return parameters;
    }

    private static String random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String challenge(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
