package dk.infohus.platform.audit;

import dk.infohus.platform.security.Caller;
import dk.infohus.platform.security.Callers;
import dk.infohus.platform.web.ProblemResponses;
import dk.infohus.platform.web.ProblemResponses.FieldError;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Decides, before the handler runs, that a request is audited and what its entry says: who (from the
 * validated token), read or change (a GET is a read, anything else a change), the purpose the caller
 * gives and the trace. Every API request is audited, answered or refused, and every handler marked
 * {@link Audited}. The entry itself is written by {@link AuditedResponses} once the answer is known and
 * before any of it leaves; without that filter in front, nothing audited is answered at all.
 *
 * <p>A purpose that is not one ({@link AuditPurpose}) is refused with a 400 problem naming the header, and
 * the refusal is recorded with {@link #REFUSED_PURPOSE}; the handler never runs.
 */
public class AuditInterceptor implements HandlerInterceptor {

    private static final Logger log = LoggerFactory.getLogger(AuditInterceptor.class);

    /** The purpose recorded for a request refused because its purpose header was not one. */
    public static final String REFUSED_PURPOSE = "(refused: invalid " + AuditPurpose.HEADER + ")";

    /**
     * The request attribute in which a handler names the record a request created or read, when neither
     * the path nor a {@code Location} says it (e.g. a page that answers a form with a receipt).
     */
    public static final String RECORD_ATTRIBUTE = AuditInterceptor.class.getName() + ".record";

    /** The request attribute holding the entry to write: {@link Pending}. */
    static final String PENDING_ATTRIBUTE = AuditInterceptor.class.getName() + ".pending";

    /** What an entry says that is known before the handler runs. */
    record Pending(
            String actor,
            String role,
            String action,
            String purpose,
            @Nullable String traceId) {}

    private final ProblemResponses problems;

    public AuditInterceptor(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method) || !audited(request, method)) {
            return true;
        }
        if (request.getAttribute(AuditedResponses.ACTIVE_ATTRIBUTE) == null) {
            // nothing would write the entry before the answer leaves: answer nothing
            log.error(
                    "AUDIT NOT POSSIBLE for {} {}: the audit filter is not in front of this handler",
                    request.getMethod(),
                    request.getRequestURI());
            problems.write(response, AuditedResponses.unavailable());
            return false;
        }
        Caller caller = Callers.current();
        String action = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()) ? "read" : "change";
        String purpose;
        try {
            purpose = AuditPurpose.read(request.getHeader(AuditPurpose.HEADER));
        } catch (AuditPurpose.Invalid invalid) {
            request.setAttribute(
                    PENDING_ATTRIBUTE,
                    new Pending(caller.userId(), caller.role().claim(), action, REFUSED_PURPOSE, MDC.get("traceId")));
            var problem = ProblemResponses.invalidInput(
                    "The header " + AuditPurpose.HEADER + " is wrong.",
                    List.of(new FieldError(AuditPurpose.HEADER, invalid.getMessage())));
            problems.write(response, problem);
            return false;
        }
        request.setAttribute(
                PENDING_ATTRIBUTE,
                new Pending(caller.userId(), caller.role().claim(), action, purpose, MDC.get("traceId")));
        return true;
    }

    private static boolean audited(HttpServletRequest request, HandlerMethod method) {
        return request.getRequestURI().startsWith("/api/")
                || method.hasMethodAnnotation(Audited.class)
                || method.getBeanType().isAnnotationPresent(Audited.class);
    }
}
