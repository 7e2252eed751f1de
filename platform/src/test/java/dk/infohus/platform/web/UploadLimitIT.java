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
