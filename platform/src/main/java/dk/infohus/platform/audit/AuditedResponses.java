package dk.infohus.platform.audit;

import dk.infohus.platform.web.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Holds back every answer until its audit entry is written: the handler writes into a buffer; when it is
 * done, the entry the {@link AuditInterceptor} prepared is appended with the answer's status, and only
 * then does the answer leave. If the entry cannot be written, the caller gets a 503 problem instead of the
 * answer: a read of personal data that is not recorded does not happen.
 *
 * <p>The record an entry names is the id in the path ({@code caseId}, {@code concernId}, {@code
 * referralId}, {@code recordId}), or for a record just created the id its {@code Location} names, or the
 * one a handler named in {@link AuditInterceptor#RECORD_ATTRIBUTE}; a list is recorded by its path and
 * query, which never hold personal data. A receipt code is never written down: the entry says only that
 * a receipt was looked up. A page's query is never written down.
 */
public class AuditedResponses extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(AuditedResponses.class);
    private static final List<String> RECORD_VARIABLES = List.of("caseId", "concernId", "referralId", "recordId");

    /** Set while this filter holds the answer back; the interceptor refuses to audit without it. */
    static final String ACTIVE_ATTRIBUTE = AuditedResponses.class.getName() + ".active";

    private final AuditTrail trail;
    private final ProblemResponses problems;

    public AuditedResponses(AuditTrail trail, ProblemResponses problems) {
        this.trail = trail;
        this.problems = problems;
    }

    /** The answer instead of one whose audit entry could not be written. */
    static ProblemDetail unavailable() {
        return ProblemResponses.problem(
                HttpStatus.SERVICE_UNAVAILABLE,
                "audit-unavailable",
                "Not available right now",
                "This access cannot be recorded right now, so it is not answered. Try again in a moment.");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var held = new ContentCachingResponseWrapper(response);
        request.setAttribute(ACTIVE_ATTRIBUTE, Boolean.TRUE);
        try {
            chain.doFilter(request, held);
        } catch (IOException | ServletException | RuntimeException failure) {
            // the container answers 500; the attempt is recorded all the same
            if (!record(request, held, HttpStatus.INTERNAL_SERVER_ERROR.value())) {
                held.resetBuffer();
            }
            throw failure;
        }
        if (!record(request, held, held.getStatus())) {
            if (!response.isCommitted()) {
                held.resetBuffer();
                response.reset();
                response.setHeader("Cache-Control", "no-store");
                response.setHeader("Retry-After", "5");
                problems.write(response, unavailable());
                return;
            }
            log.error(
                    "AUDIT ENTRY LOST for {} {}: the answer had already begun",
                    request.getMethod(),
                    request.getRequestURI());
        }
        held.copyBodyToResponse();
    }

    /** Writes the prepared entry, if the request is audited; false when it could not be written. */
    private boolean record(HttpServletRequest request, HttpServletResponse response, int status) {
        if (!(request.getAttribute(AuditInterceptor.PENDING_ATTRIBUTE) instanceof AuditInterceptor.Pending pending)) {
            return true;
        }
        request.removeAttribute(AuditInterceptor.PENDING_ATTRIBUTE);
        try {
            trail.append(
                    pending.actor(),
                    pending.role(),
                    pending.action(),
                    recordOf(request, response, status),
                    pending.purpose(),
                    status,
                    pending.traceId());
            return true;
        } catch (RuntimeException e) {
            log.error(
                    "AUDIT ENTRY NOT WRITTEN for {} {} (status {}), answer withheld: {}",
                    request.getMethod(),
                    request.getRequestURI(),
                    status,
                    e.toString());
            return false;
        }
    }

    static String recordOf(HttpServletRequest request, HttpServletResponse response, int status) {
        if (request.getAttribute(AuditInterceptor.RECORD_ATTRIBUTE) instanceof String named && !named.isBlank()) {
            return named;
        }
        String created = response.getHeader("Location");
        if (status == 201 && created != null && created.lastIndexOf('/') >= 0) {
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
}
