package dk.infohus.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;

import dk.infohus.testing.InfohusServiceTest;
import dk.infohus.testing.TestHttp;
import dk.infohus.testing.TestTokens;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

/** A read or change whose audit entry cannot be written is not answered: 503, and none of the answer. */
@InfohusServiceTest
class AuditFailsClosedIT {

    @LocalServerPort
    int port;

    @MockitoSpyBean
    AuditTrail trail;

    TestHttp api;

    @BeforeEach
    void setUp() {
        api = TestHttp.at(port);
    }

    private void theStoreFailsFor(String record) {
        doThrow(new DataAccessResourceFailureException("audit store unreachable"))
                .when(trail)
                .append(any(), any(), any(), eq(record), any(), anyInt(), any());
    }

    @Test
    void aReadWhoseEntryCannotBeWrittenIsRefusedWith503AndShowsNothing() {
        String caseId = UUID.randomUUID().toString();
        theStoreFailsFor(caseId);

        var read = api.as(TestTokens.municipalCoordinator()).get("/api/probes/" + caseId);

        assertThat(read.status()).isEqualTo(503);
        assertThat(read.contentType()).startsWith("application/problem+json");
        assertThat(read.json().get("type").asString()).endsWith("/audit-unavailable");
        assertThat(read.body()).doesNotContain("seenBy", caseId, "audit store unreachable");
        assertThat(read.raw().headers().firstValue("Retry-After")).contains("5");
        assertThat(trail.about(caseId)).isEmpty();
    }

    @Test
    void aChangeWithALargeAnswerWhoseEntryCannotBeWrittenIsRefusedWith503() {
        // the answer is larger than the container's buffer: it is held back all the same
        String caseId = UUID.randomUUID().toString();
        theStoreFailsFor(caseId);

        var change = api.as(TestTokens.municipalCoordinator()).post("/api/probes/" + caseId + "/large", "{}");

        assertThat(change.status()).isEqualTo(503);
        assertThat(change.body()).doesNotContain("filler");
    }

    @Test
    void theSameReadIsAnsweredOnceTheEntryIsWritten() {
        String caseId = UUID.randomUUID().toString();

        var read = api.as(TestTokens.municipalCoordinator()).get("/api/probes/" + caseId);

        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).contains("seenBy");
        assertThat(trail.about(caseId)).hasSize(1);
    }

    @Test
    void aRefusalWhoseEntryCannotBeWrittenIsRefusedWith503Too() {
        String caseId = UUID.randomUUID().toString();
        theStoreFailsFor(caseId);

        var read = api.as(TestTokens.reporter()).get("/api/probes/" + caseId);

        assertThat(read.status()).isEqualTo(503);
    }
}
