package dk.infohus.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for calling a service the way its users do, bodies as JSON text. */
public final class TestHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final String token;
    private final Map<String, String> headers;

    private TestHttp(String base, String token, Map<String, String> headers) {
        this.base = base;
        this.token = token;
        this.headers = Map.copyOf(headers);
    }

    /** The same client, sending {@code Authorization: Bearer <token>}. */
    public TestHttp as(String accessToken) {
        return new TestHttp(base, accessToken, headers);
    }

    /** The same client, sending this header too, e.g. {@code Idempotency-Key}. */
    public TestHttp withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new TestHttp(base, token, more);
    }

    public static TestHttp at(int port) {
        return new TestHttp("http://localhost:" + port, "", Map.of());
    }

    public static TestHttp at(String base) {
        return new TestHttp(base, "", Map.of());
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

    /** A {@code multipart/form-data} POST, as a browser form or a partner system with files sends it. */
    public Response post(String path, Multipart body) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + Multipart.BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes())));
    }

    /** A multipart body built part by part: {@code Multipart.of().json("concern", json).file(...)}. */
    public static final class Multipart {
        static final String BOUNDARY = "infohus-test-boundary-7MA4YWxkTrZu0gW";
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        private Multipart() {}

        public static Multipart of() {
            return new Multipart();
        }

        public Multipart json(String name, String json) {
            return part(name, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }

        public Multipart text(String name, String value) {
            return part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        public Multipart file(String name, String filename, String contentType, byte[] content) {
            return part(name, filename, contentType, content);
        }

        private Multipart part(String name, String filename, String contentType, byte[] content) {
            StringBuilder head = new StringBuilder("--" + BOUNDARY + "\r\n")
                    .append("Content-Disposition: form-data; name=\"")
                    .append(name)
                    .append('"');
            if (filename != null) {
                head.append("; filename=\"").append(filename).append('"');
            }
            head.append("\r\n");
            if (contentType != null) {
                head.append("Content-Type: ").append(contentType).append("\r\n");
            }
            head.append("\r\n");
            bytes.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(content);
            bytes.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            return this;
        }

        byte[] bytes() {
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            all.writeBytes(bytes.toByteArray());
            all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return all.toByteArray();
        }
    }

    private Response send(HttpRequest.Builder request) {
        headers.forEach(request::header);
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
