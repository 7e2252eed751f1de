package dk.infohus.gateway;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for one service behind the front door: answers every request with 200 and a small JSON body
 * naming itself (with weak security headers and a cookie of its own, which the front door must replace
 * and drop), and remembers what it received so that a test can see what the gateway forwarded.
 */
final class StubService implements AutoCloseable {

    /** One request as the service received it; header names in lower case; the body byte for byte. */
    record Received(String method, String pathAndQuery, Map<String, List<String>> headers, byte[] rawBody) {

        String body() {
            return new String(rawBody, StandardCharsets.UTF_8);
        }

        String header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.get(0);
        }

        boolean hasHeader(String name) {
            return headers.containsKey(name.toLowerCase(Locale.ROOT));
        }
    }

    private final String name;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Canned> canned = new ConcurrentHashMap<>();

    /** An answer set for one path: status, JSON body, and how long the service takes to give it. */
    record Canned(int status, String body, Duration delay) {}

    private StubService(String name, HttpServer server) {
        this.name = name;
        this.server = server;
    }

    static StubService start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StubService stub = new StubService(name, server);
            server.createContext("/", stub::answer);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        try {
            Map<String, List<String>> headers = new TreeMap<>();
            exchange.getRequestHeaders()
                    .forEach((header, values) -> headers.put(header.toLowerCase(Locale.ROOT), List.copyOf(values)));
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(
                    exchange.getRequestMethod(), exchange.getRequestURI().toString(), headers, body));
            Canned set = canned.get(exchange.getRequestURI().getPath());
            if (set != null && !set.delay().isZero()) {
                try {
                    Thread.sleep(set.delay().toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            byte[] answer =
                    (set != null ? set.body() : "{\"service\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            // weaker than the front door's: the gateway must not let these through
            exchange.getResponseHeaders().add("Content-Security-Policy", "default-src *");
            exchange.getResponseHeaders().add("X-Frame-Options", "SAMEORIGIN");
            exchange.getResponseHeaders().add("Referrer-Policy", "unsafe-url");
            exchange.getResponseHeaders().add("Set-Cookie", "service-cookie=1; Path=/");
            exchange.sendResponseHeaders(set != null ? set.status() : 200, answer.length);
            exchange.getResponseBody().write(answer);
        } finally {
            exchange.close();
        }
    }

    String name() {
        return name;
    }

    URI uri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":"
                + server.getAddress().getPort());
    }

    List<Received> received() {
        return new ArrayList<>(received);
    }

    Received onlyRequest() {
        List<Received> all = received();
        if (all.size() != 1) {
            throw new AssertionError(name + " received " + all.size() + " requests, expected exactly one");
        }
        return all.get(0);
    }

    void forget() {
        received.clear();
        canned.clear();
    }

    /** From now on {@code path} answers this (until {@link #forget()}); every other path answers as before. */
    void answer(String path, int status, String body, Duration delay) {
        canned.put(path, new Canned(status, body, delay));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
