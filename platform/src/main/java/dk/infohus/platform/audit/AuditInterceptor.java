package dk.infohus.platform.audit;

import dk.infohus.platform.security.Caller;
import dk.infohus.platform.security.Callers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Appends an audit entry for every API request, answered or refused: a GET is a read, anything else a
 * change. The record is the id in the path ({@code caseId}, {@code concernId}, {@code referralId}) or, for
 * a record just created, the id its {@code Location} names; a
 * list is recorded by its path and query, which never hold personal data. A receipt code is never
 * written down: the entry says only that a receipt was looked up.
 */
public class AuditInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);
    private static final List<String> RECORD_VARIABLES = List.of("caseId", "concernId", "referralId", "recordId");
    static final String PURPOSE_HEADER = "X-Infohus-Purpose";

    /**
     * The request attribute in which a handler names the record a request created or read, when neither
     * the path nor a {@code Location} says it (e.g. a page that answers a form with a receipt).
     */
    public static final String RECORD_ATTRIBUTE = AuditInterceptor.class.getName() + ".record";

    private final AuditTrail trail;

    public AuditInterceptor(AuditTrail trail) {
        this.trail = trail;
    }

    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception ex) {
        if (!(handler instanceof HandlerMethod method) || !audited(request, method)) {
            return;
        }
        Caller caller = Callers.current();
        try {
            trail.append(
                    caller.userId(),
                    caller.role().claim(),
                    "GET".equals(request.getMethod()) ? "read" : "change",
                    recordOf(request, response),
                    purposeOf(request),
                    response.getStatus(),
                    MDC.get("traceId"));
        } catch (RuntimeException e) {
            // the answer has gone; a lost entry must be visible, so say so loudly
            log.error("AUDIT ENTRY LOST for {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        }
    }

    private static boolean audited(HttpServletRequest request, HandlerMethod method) {
        return request.getRequestURI().startsWith("/api/")
                || method.hasMethodAnnotation(Audited.class)
                || method.getBeanType().isAnnotationPresent(Audited.class);
    }

    private static String recordOf(HttpServletRequest request, HttpServletResponse response) {
        if (request.getAttribute(RECORD_ATTRIBUTE) instanceof String named && !named.isBlank()) {
            return named;
        }
        String created = response.getHeader("Location");
        if (response.getStatus() == 201 && created != null && created.lastIndexOf('/') >= 0) {
            // a new record: the entry names it, so "who accessed this case" includes who created it
            return created.substring(created.lastIndexOf('/') + 1);
        }
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map) {
            for (String name : RECORD_VARIABLES) {
                if (map.get(name) != null) {
                    return map.get(name).toString();
                }
            }
            if (map.containsKey("receiptCode")) {
                return "receipt";
            }
        }
        String query = request.getQueryString();
        if (!request.getRequestURI().startsWith("/api/")) {
            return request.getRequestURI();
        }
        return request.getRequestURI() + (query == null ? "" : "?" + query);
    }

    private static String purposeOf(HttpServletRequest request) {
        String purpose = request.getHeader(PURPOSE_HEADER);
        if (purpose == null || purpose.isBlank()) {
            return "case handling";
        }
        return purpose.replaceAll("[^\\p{L}\\p{N} .,:/-]", "").substring(0, Math.min(purpose.length(), 100));
    }
}
