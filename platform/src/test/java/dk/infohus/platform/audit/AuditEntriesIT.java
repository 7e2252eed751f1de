package dk.infohus.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestTokens;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an entry says, for every way a request names its caller, record and trace. */
@InfohusServiceTest
class AuditEntriesIT {

    @LocalServerPort
    int port;

    @Autowired
    AuditTrail trail;

    TestHttp api;

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
    }

    @Test
    void aCallerAndARecordNamedInAnyScriptAreRecordedAsTheyAre() {
        String caseId = "sag-ø-跟进-" + UUID.randomUUID();
        String token =
                TestTokens.as("søren-ølund-王", "municipal-coordinator", "657").sign();

        var read = api.as(token).get("/api/probes/" + URLEncoder.encode(caseId, StandardCharsets.UTF_8));

        assertThat(read.status()).isEqualTo(200);
        assertThat(trail.about(caseId)).singleElement().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("søren-ølund-王");
            assertThat(entry.action()).isEqualTo("read");
        });
    }

    @Test
    void aTraceHeaderThatIsNotOneIsIgnoredAndTheEntryGetsItsOwnTrace() {
        String caseId = UUID.randomUUID().toString();

        var read = RawHttp.get(
                port,
                "/api/probes/" + caseId,
                java.util.Map.of(
                        "Authorization", "Bearer " + TestTokens.municipalCoordinator(),
                        "traceparent", "00-øøøø-ææ-01",
                        "b3", "ø-å"),
                StandardCharsets.UTF_8);

        assertThat(read.status()).isEqualTo(200);
        assertThat(trail.about(caseId))
                .singleElement()
                .satisfies(entry -> assertThat(entry.traceId()).matches("[0-9a-f]{32}"));
    }

    @Test
    void aHandlerThatFailsIsRecordedWithTheStatusTheCallerGot() {
        String caseId = UUID.randomUUID().toString();

        var read = api.as(TestTokens.municipalCoordinator()).get("/api/probes/" + caseId + "/broken");

        assertThat(read.status()).isEqualTo(500);
        assertThat(read.body()).doesNotContain("internal detail", "IllegalStateException");
        assertThat(trail.about(caseId))
                .singleElement()
                .satisfies(entry -> assertThat(entry.status()).isEqualTo(500));
    }

    @Test
    void aListIsRecordedByItsPathAndQuery() {
        var list = api.as(TestTokens.municipalCoordinator()).get("/api/probes/forgotten?state=%C3%A5ben");

        assertThat(list.status()).isEqualTo(404);
        assertThat(trail.about("/api/probes/forgotten?state=%C3%A5ben")).isNotEmpty();
    }
}
