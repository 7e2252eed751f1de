package dk.infohus.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.platform.InfohusPlatformProperties;
import java.io.InputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

class RequestBodyLimitTest {

    private static final long JSON_LIMIT = 64 * 1024;
    private static final long UPLOAD_LIMIT = 26 * 1024 * 1024;
    private static final String MULTIPART = "multipart/form-data; boundary=----x";

    private final JsonMapper json = JsonMapper.builder().build();
    private final RequestBodyLimit filter = new RequestBodyLimit(JSON_LIMIT, UPLOAD_LIMIT, new ProblemResponses(json));

    static Stream<Arguments> declaredLengths() {
        return Stream.of(
                Arguments.of("JSON at the limit", "application/json", JSON_LIMIT, 0),
                Arguments.of("JSON over the limit", "application/json", JSON_LIMIT + 1, JSON_LIMIT),
                Arguments.of("a form that is not multipart", "application/x-www-form-urlencoded", 100_000, JSON_LIMIT),
                Arguments.of("no content type", null, 100_000, JSON_LIMIT),
                Arguments.of("an upload over the JSON limit", MULTIPART, 10L * 1024 * 1024, 0),
                Arguments.of("an upload in capitals", "Multipart/Form-Data; boundary=x", 100_000, 0),
                Arguments.of("an upload at the upload limit", MULTIPART, UPLOAD_LIMIT, 0),
                Arguments.of("an upload over the upload limit", MULTIPART, UPLOAD_LIMIT + 1, UPLOAD_LIMIT),
                Arguments.of("multipart that is not a form", "multipart/mixed; boundary=x", 100_000, JSON_LIMIT));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("declaredLengths")
    void aDeclaredLengthOverTheLimitThatAppliesIsA413BeforeAnythingReadsIt(
            String what, String contentType, long length, long refusedAtLimit) throws Exception {
        var request = withLength(contentType, length);
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        if (refusedAtLimit == 0) {
            assertThat(chain.getRequest()).as("passed on").isNotNull();
            assertThat(response.getStatus()).isEqualTo(200);
        } else {
            assertThat(chain.getRequest()).as("passed on").isNull();
            assertThat(response.getStatus()).isEqualTo(413);
            assertThat(response.getContentType()).isEqualTo("application/problem+json");
            var problem = json.readTree(response.getContentAsString());
            assertThat(problem.get("type").asString()).isEqualTo("https://infohus.dk/problems/body-too-large");
            assertThat(problem.get("limit").asLong()).isEqualTo(refusedAtLimit);
        }
    }

    @Test
    void aStreamedBodyWithoutALengthIsCutOffAtTheLimitThatApplies() throws Exception {
        byte[] body = new byte[100_000];

        assertThat(readThroughFilter("application/json", body)).isInstanceOf(BodyTooLarge.class);
        assertThat(readThroughFilter(MULTIPART, body)).isNull();
        var small = new RequestBodyLimit(JSON_LIMIT, 50_000, new ProblemResponses(json));
        var chain = new MockFilterChain();
        small.doFilter(streamed(MULTIPART, body), new MockHttpServletResponse(), chain);
        assertThatThrownBy(() -> chain.getRequest().getInputStream().readAllBytes())
                .isInstanceOfSatisfying(
                        BodyTooLarge.class, e -> assertThat(e.limit()).isEqualTo(50_000));
    }

    @Test
    void anUploadLimitOfZeroMeansTheSameAsTheBodyLimit() {
        InfohusPlatformProperties.Web unset = bind("infohus.web.max-body-size", "64KB");
        InfohusPlatformProperties.Web set = bind("infohus.web.max-upload-size", "26MB");

        assertThat(unset.maxUploadSize().toBytes()).isZero();
        assertThat(unset.uploadLimit()).isEqualTo(JSON_LIMIT);
        assertThat(set.maxBodySize().toBytes()).isEqualTo(JSON_LIMIT);
        assertThat(set.uploadLimit()).isEqualTo(UPLOAD_LIMIT);
    }

    private static InfohusPlatformProperties.Web bind(String property, String value) {
        var binder = new Binder(new MapConfigurationPropertySource(java.util.Map.of(property, value)));
        return binder.bindOrCreate("infohus", InfohusPlatformProperties.class).web();
    }

    private Throwable readThroughFilter(String contentType, byte[] body) throws Exception {
        var chain = new MockFilterChain();
        filter.doFilter(streamed(contentType, body), new MockHttpServletResponse(), chain);
        try (InputStream in = chain.getRequest().getInputStream()) {
            assertThat(in.readAllBytes()).hasSize(body.length);
            return null;
        } catch (BodyTooLarge e) {
            return e;
        }
    }

    /** Chunked: the body without a declared length. */
    private static MockHttpServletRequest streamed(String contentType, byte[] body) {
        MockHttpServletRequest request = withLength(contentType, -1);
        request.setContent(body);
        return request;
    }

    /** A request that declares this length, whatever its content. */
    private static MockHttpServletRequest withLength(String contentType, long length) {
        var request = new MockHttpServletRequest("POST", "/api/concerns") {
            @Override
            public long getContentLengthLong() {
                return length;
            }

            @Override
            public int getContentLength() {
                return (int) Math.min(length, Integer.MAX_VALUE);
            }
        };
        request.setContentType(contentType);
        return request;
    }
}
