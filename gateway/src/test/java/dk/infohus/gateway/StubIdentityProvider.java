package dk.infohus.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A minimal OpenID provider for tests: a discovery document, a JWK set, and a token endpoint that
 * exchanges codes the test issued with {@link #issueCode} and refresh tokens for RS256-signed ID tokens
 * and opaque access tokens. The test plays the browser's part at the authorization endpoint.
 */
final class StubIdentityProvider implements AutoCloseable {

    static final String CLIENT_ID = "infohus-gateway";
    static final String CLIENT_SECRET = "infohus-gateway-secret";

    /** A token request as the provider received it: its form fields and the Authorization header. */
    record TokenRequest(Map<String, String> form, String authorization) {}

    private record Grant(Map<String, Object> claims, String nonce) {}

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Grant> refreshTokens = new ConcurrentHashMap<>();
    private final List<TokenRequest> tokenRequests = new CopyOnWriteArrayList<>();
    private final AtomicInteger issued = new AtomicInteger();
    private volatile long accessTokenSeconds = 300;
    private volatile boolean refusingRefresh;

    private StubIdentityProvider(HttpServer server, RSAKey key) {
        this.server = server;
        this.key = key;
    }

    static StubIdentityProvider start() {
        try {
            RSAKey key = new RSAKeyGenerator(2048).keyID("stub-key").generate();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StubIdentityProvider provider = new StubIdentityProvider(server, key);
            server.createContext("/.well-known/openid-configuration", provider::discovery);
            server.createContext("/jwks", provider::jwks);
            server.createContext("/token", provider::token);
            server.start();
            return provider;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    String issuer() {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort();
    }

    String authorizationEndpoint() {
        return issuer() + "/authorize";
    }

    String endSessionEndpoint() {
        return issuer() + "/logout";
    }

    /** What the provider does when a person signs in: a one-time code for these ID token claims. */
    String issueCode(Map<String, Object> claims, String nonce) {
        String code = "code-" + UUID.randomUUID();
        codes.put(code, new Grant(Map.copyOf(claims), nonce));
        return code;
    }

    /** Access tokens issued from now on live this long (below 60 s the gateway refreshes at once). */
    void accessTokensLive(long seconds) {
        this.accessTokenSeconds = seconds;
    }

    /** From now on every refresh is refused with {@code invalid_grant}, as for a revoked session. */
    void refuseRefresh() {
        this.refusingRefresh = true;
    }

    List<TokenRequest> tokenRequests() {
        return new ArrayList<>(tokenRequests);
    }

    /** The access token issued last ({@code access-<n>}). */
    String lastAccessToken() {
        return "access-" + issued.get();
    }

    /** Back to five-minute access tokens, refreshes allowed, no requests remembered. */
    void reset() {
        accessTokenSeconds = 300;
        refusingRefresh = false;
        tokenRequests.clear();
    }

    private void discovery(HttpExchange exchange) throws IOException {
        String issuer = issuer();
        String document = """
                {"issuer":"%1$s","authorization_endpoint":"%1$s/authorize","token_endpoint":"%1$s/token",
                 "jwks_uri":"%1$s/jwks","end_session_endpoint":"%1$s/logout",
                 "response_types_supported":["code"],"subject_types_supported":["public"],
                 "id_token_signing_alg_values_supported":["RS256"],
                 "scopes_supported":["openid","profile","infohus"],
                 "grant_types_supported":["authorization_code","refresh_token"],
                 "token_endpoint_auth_methods_supported":["client_secret_basic"]}
                """.formatted(issuer);
        send(exchange, 200, document);
    }

    private void jwks(HttpExchange exchange) throws IOException {
        send(exchange, 200, new JWKSet(key.toPublicJWK()).toString());
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form =
                parseForm(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        tokenRequests.add(new TokenRequest(form, exchange.getRequestHeaders().getFirst("Authorization")));
        Grant grant;
        if ("authorization_code".equals(form.get("grant_type"))) {
            grant = codes.remove(Objects.requireNonNullElse(form.get("code"), ""));
        } else if ("refresh_token".equals(form.get("grant_type")) && !refusingRefresh) {
            grant = refreshTokens.remove(Objects.requireNonNullElse(form.get("refresh_token"), ""));
        } else {
            grant = null;
        }
        if (grant == null) {
            send(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        int n = issued.incrementAndGet();
        String refreshToken = "refresh-" + n;
        refreshTokens.put(refreshToken, grant);
        String response = """
                {"access_token":"access-%d","token_type":"Bearer","expires_in":%d,"refresh_token":"%s",
                 "scope":"openid profile infohus","id_token":"%s"}
                """.formatted(n, accessTokenSeconds, refreshToken, idToken(grant));
        send(exchange, 200, response);
    }

    private String idToken(Grant grant) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer())
                .audience(CLIENT_ID)
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(300)))
                .claim("azp", CLIENT_ID)
                .claim("nonce", grant.nonce());
        grant.claims().forEach(claims::claim);
        try {
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    claims.build());
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> parseForm(String body) {
        Map<String, String> form = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            form.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return form;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        try {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } finally {
            exchange.close();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
