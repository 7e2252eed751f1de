package dk.infohus.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for calling a service the way its users do, bodies as JSON text. */
public final class TestHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;

    private TestHttp(String base, String token) {
        this.base = base;
        this.token = token;
    }

    /** The same client, sending {@code Authorization: Bearer <token>}. */
    public TestHttp as(String accessToken) {
        return new TestHttp(base, accessToken);
    }

    public static TestHttp at(int port) {
        return new TestHttp("http://localhost:" + port, "");
    }

    public static TestHttp at(String base) {
        return new TestHttp(base, "");
    }

    /** A response: status, headers and the body read as JSON (or text node when not JSON). */
    public record Response(int status, HttpResponse<String> raw) {

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (RuntimeException e) {
                throw new AssertionError("not JSON: " + raw.body(), e);
            }
        }

        public String body() {
            return raw.body();
        }

        public String contentType() {
            return raw.headers().firstValue("Content-Type").orElse("");
        }

        @Override
        public String toString() {
            return status + " " + raw.body();
        }
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Response post(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response post(String path, Object body) {
        return post(path, JSON.writeValueAsString(body));
    }

    private Response send(HttpRequest.Builder request) {
        if (!token.isEmpty()) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = CLIENT.send(
                    request.timeout(Duration.ofSeconds(30))
                            .header("Accept", "application/json, application/problem+json, */*;q=0.5")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response);
        } catch (IOException e) {
            throw new IllegalStateException("request to " + base + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
