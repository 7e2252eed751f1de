package dk.infohus.platform.audit;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestTokens;
import java.nio.charset.Charset;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The purpose a caller gives is recorded as given, or the request is refused: it never loses the entry.
 * Issue 13: {@code X-Infohus-Purpose: opfølgning (møde)} answered 200 and the entry was lost.
 */
@InfohusServiceTest
class AuditPurposeIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    TestHttp api;

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
    }

    private RawHttp.Answer read(String caseId, String purpose, Charset charset) {
        return RawHttp.get(
                port,
                "/api/probes/" + caseId,
                Map.of("Authorization", "Bearer " + TestTokens.municipalCoordinator(), AuditPurpose.HEADER, purpose),
                charset);
    }

    @ParameterizedTest(name = "sent as {0}")
    @ValueSource(strings = {"UTF-8", "ISO-8859-1"})
    void aDanishPurposeWithParenthesesIsRecordedAsGivenNotLost(String charset) {
        String caseId = UUID.randomUUID().toString();

        var answer = read(caseId, "opfølgning (møde)", Charset.forName(charset));

        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        // recorded before the answer left: no waiting
        assertThat(trail.about(caseId))
                .singleElement()
                .satisfies(entry -> assertThat(entry.purpose()).isEqualTo("opfølgning (møde)"));
    }

    @Test
    void aPurposeWhoseUtf8BytesHoldC1ControlCodesIsRefusedBeforeAnythingIsRead() {
        // 跟 is E8 B7 9F in UTF-8: read byte by byte, 9F is a control code, which the firewall refuses in
        // any header (some terminals act on C1 codes in a log line); refused, so nothing to record
        var answer = read(UUID.randomUUID().toString(), "跟进会议", UTF_8);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("seenBy");
    }

    @Test
    void noPurposeIsRecordedAsCaseHandling() {
        String caseId = UUID.randomUUID().toString();

        assertThat(api.as(TestTokens.municipalCoordinator())
                        .get("/api/probes/" + caseId)
                        .status())
                .isEqualTo(200);

        assertThat(trail.about(caseId))
                .singleElement()
                .satisfies(entry -> assertThat(entry.purpose()).isEqualTo(AuditPurpose.DEFAULT));
    }

    @Test
    void aPurposeWithCharactersOutsideTheAllowedSetIsRefusedNamingTheHeaderAndTheRefusalIsRecorded() {
        String caseId = UUID.randomUUID().toString();

        var read = api.as(TestTokens.municipalCoordinator())
                .withHeader(AuditPurpose.HEADER, "<script>alert(1)</script>")
                .get("/api/probes/" + caseId);

        assertThat(read.status()).isEqualTo(400);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.json().get("errors").get(0).get("field").asString()).isEqualTo(AuditPurpose.HEADER);
        assertThat(read.body()).doesNotContain("seenBy");
        assertThat(trail.about(caseId)).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(400);
            assertThat(entry.actor()).isEqualTo("lise");
            assertThat(entry.purpose()).isEqualTo(AuditInterceptor.REFUSED_PURPOSE);
        });
    }

    @Test
    void aPurposeLongerThanAHundredCharactersIsRefused() {
        String caseId = UUID.randomUUID().toString();

        var answer = read(caseId, "ø".repeat(101), UTF_8);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body()).contains(AuditPurpose.HEADER, "100");
        assertThat(trail.about(caseId))
                .singleElement()
                .satisfies(entry -> assertThat(entry.purpose()).isEqualTo(AuditInterceptor.REFUSED_PURPOSE));
    }

    @Test
    void aPurposeHoldingASymbolIsRefusedInEitherCharset() {
        String caseId = UUID.randomUUID().toString();

        assertThat(read(caseId, "møde ©", UTF_8).status()).isEqualTo(400);
        assertThat(read(caseId, "møde ©", ISO_8859_1).status()).isEqualTo(400);
        assertThat(trail.about(caseId))
                .hasSize(2)
                .allSatisfy(entry -> assertThat(entry.status()).isEqualTo(400));
    }
}
