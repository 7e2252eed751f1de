package dk.infohus.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.platform.web.ProblemResponses;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import tools.jackson.databind.json.JsonMapper;

/** The branches of naming the record and of deciding to audit, each with non-ASCII names. */
class AuditRecordTest {

    private final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/sager/ø");
    private final MockHttpServletResponse response = new MockHttpServletResponse();

    @Test
    void aRecordTheHandlerNamedComesFirst() {
        request.setAttribute(AuditInterceptor.RECORD_ATTRIBUTE, "kvittering-æøå");
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("caseId", "other"));
        assertThat(AuditedResponses.recordOf(request, response, 200)).isEqualTo("kvittering-æøå");
    }

    @Test
    void aCreatedRecordIsTheOneItsLocationNames() {
        response.setHeader("Location", "/api/concerns/sag-%C3%B8");
        assertThat(AuditedResponses.recordOf(request, response, 201)).isEqualTo("sag-%C3%B8");
        assertThat(AuditedResponses.recordOf(request, response, 200))
                .as("a Location on anything but 201 names no new record")
                .isEqualTo("/api/sager/ø");
    }

    @Test
    void theFirstRecordVariableOfThePathNamesTheRecord() {
        request.setAttribute(
                HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("referralId", "henvisning-ø", "x", "y"));
        assertThat(AuditedResponses.recordOf(request, response, 200)).isEqualTo("henvisning-ø");
    }

    @Test
    void aReceiptCodeIsNeverWrittenDown() {
        request.setAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE, Map.of("receiptCode", "7K3M-Q9TX-2B4R"));
        assertThat(AuditedResponses.recordOf(request, response, 200)).isEqualTo("receipt");
    }

    @Test
    void aListIsItsPathAndQueryAndAPageIsItsPathOnly() {
        request.setQueryString("state=%C3%A5ben");
        assertThat(AuditedResponses.recordOf(request, response, 200)).isEqualTo("/api/sager/ø?state=%C3%A5ben");
        var page = new MockHttpServletRequest("GET", "/offentlig/status");
        page.setQueryString("kode=7K3M-Q9TX-2B4R");
        assertThat(AuditedResponses.recordOf(page, response, 200)).isEqualTo("/offentlig/status");
    }

    static class Handlers {
        public void any() {}
    }

    @Test
    void withoutTheFilterInFrontAnAuditedRequestIsNotAnswered() throws Exception {
        var interceptor =
                new AuditInterceptor(new ProblemResponses(JsonMapper.builder().build()));
        var handler = new HandlerMethod(new Handlers(), Handlers.class.getMethod("any"));

        assertThat(interceptor.preHandle(request, response, handler)).isFalse();
        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentAsString()).contains("audit-unavailable");
    }

    @Test
    void aStaticFileOrAnUnmarkedPageIsNotAudited() throws Exception {
        var interceptor =
                new AuditInterceptor(new ProblemResponses(JsonMapper.builder().build()));
        assertThat(interceptor.preHandle(request, response, new Object())).isTrue();
        var page = new MockHttpServletRequest("GET", "/sider/ø");
        assertThat(interceptor.preHandle(
                        page, response, new HandlerMethod(new Handlers(), Handlers.class.getMethod("any"))))
                .isTrue();
        assertThat(page.getAttribute(AuditInterceptor.PENDING_ATTRIBUTE)).isNull();
        assertThat(response.getStatus()).isEqualTo(200);
    }
}
