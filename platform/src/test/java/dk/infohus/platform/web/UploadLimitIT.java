package dk.infohus.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.testing.InfohusServiceTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Uploads have a limit of their own, JSON keeps its 64 KB, and an upload over the servlet container's
 * multipart limits is a 413 problem naming {@code attachments}, never a 500. Posted to the probe
 * endpoint a citizen may call; the multipart body is parsed before any handler runs.
 */
@InfohusServiceTest
@TestPropertySource(
        properties = {
            "infohus.web.max-upload-size=1MB",
            "spring.servlet.multipart.max-file-size=100KB",
            "spring.servlet.multipart.max-request-size=300KB"
        })
class UploadLimitIT {

    private static final String BOUNDARY = "----infohus-upload-limit";
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Test
    void anUploadOverTheJsonLimitButWithinTheUploadLimitsIsTakenIn() throws Exception {
        HttpResponse<String> response = post(multipart(80 * 1024), true);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("submittedBy");
    }

    @Test
    void jsonKeepsItsOwnLimit() throws Exception {
        String body = "{\"note\":\"" + "x".repeat(80 * 1024) + "\"}";

        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/probes"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(response.body()).get("limit").asLong()).isEqualTo(64 * 1024);
    }

    /**
     * Issue 9: a body far over the limit, from a client that keeps sending it all before it reads the
     * answer (as curl does), gets the 413 problem, not a reset connection: the container reads and drops
     * the rest, up to {@code server.tomcat.max-swallow-size}. A raw socket, so no client library hides a
     * reset by reading the answer early.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} MB")
    @org.junit.jupiter.params.provider.ValueSource(ints = {10, 40})
    void jsonFarOverTheLimitIsA413ProblemNotAResetConnection(int megabytes) throws Exception {
        long length = megabytes * 1024L * 1024L;
        try (java.net.Socket socket = new java.net.Socket("localhost", port)) {
            socket.setSoTimeout(30_000);
            java.io.OutputStream out = socket.getOutputStream();
            out.write(("POST /api/probes HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            byte[] chunk = new byte[64 * 1024];
            Arrays.fill(chunk, (byte) ' ');
            for (long sent = 0; sent < length; sent += chunk.length) {
                out.write(chunk); // a reset connection fails here
            }
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 413");
            assertThat(answer).contains("https://infohus.dk/problems/body-too-large");
        }
    }

    @Test
    void aFileOverTheFileLimitIsA413NamingAttachments() throws Exception {
        assertRefusedNamingAttachments(post(multipart(200 * 1024), true));
    }

    @Test
    void filesOverTheRequestLimitTogetherAreA413NamingAttachments() throws Exception {
        assertRefusedNamingAttachments(post(multipart(90 * 1024, 90 * 1024, 90 * 1024, 90 * 1024), true));
    }

    @Test
    void aStreamedUploadWithoutALengthIsRefusedAsWell() throws Exception {
        assertRefusedNamingAttachments(post(multipart(200 * 1024), false));
    }

    @Test
    void aDeclaredUploadOverTheUploadLimitIsA413BeforeAnythingReadsIt() throws Exception {
        HttpResponse<String> response = post(multipart(600 * 1024, 600 * 1024), true);

        assertThat(response.statusCode()).isEqualTo(413);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://infohus.dk/problems/body-too-large");
        assertThat(problem.get("limit").asLong()).isEqualTo(1024 * 1024);
    }

    @Test
    void aPageFormOverTheUploadLimitGetsAPageInDanishAndEnglish() throws Exception {
        HttpResponse<String> response = CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/sider/probes"))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(600 * 1024, 600 * 1024)))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        assertThat(response.body()).contains("<html lang=\"da\">", "For stor forsendelse", "1 MB", "Too large", "112");
    }

    private static void assertRefusedNamingAttachments(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://infohus.dk/problems/body-too-large");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("attachments");
    }

    private HttpResponse<String> post(byte[] body, boolean declareLength) throws Exception {
        HttpRequest.BodyPublisher publisher = declareLength
                ? HttpRequest.BodyPublishers.ofByteArray(body)
                : HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        return CLIENT.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/probes"))
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .POST(publisher)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A form with one file part named {@code attachments} per size given, each of that many bytes. */
    private static byte[] multipart(int... sizes) {
        var out = new ByteArrayOutputStream();
        for (int i = 0; i < sizes.length; i++) {
            String head = "--" + BOUNDARY + "\r\n"
                    + "Content-Disposition: form-data; name=\"attachments\"; filename=\"f" + i + ".pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
            byte[] content = new byte[sizes[i]];
            Arrays.fill(content, (byte) 'x');
            out.writeBytes(content);
            out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }
}
