package dk.infohus.intake.concern.adapter.web.overload;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most so many concerns are taken in at once (Resilience4j's bulkhead); one more waits a moment for a place and
 * is then answered 503 with {@code Retry-After}, at once, instead of queuing until the client times out (issue 9:
 * "a burst it cannot serve answers 503 with Retry-After quickly"). A refused submission stores nothing: the
 * sender, or the page, sends it again. Only the three ways in of a concern are held back; receipts, pages and
 * everything else go on.
 */
public final class SubmissionBulkhead extends OncePerRequestFilter {

    /** The paths a concern is sent to: the API, the public form and the staff form. */
    static final Set<String> SUBMISSIONS = Set.of("/api/concerns", "/offentlig/bekymring", "/indberetning/ny");

    private static final Logger log = LoggerFactory.getLogger(SubmissionBulkhead.class);

    private final Bulkhead bulkhead;
    private final Duration retryAfter;

    public SubmissionBulkhead(int maxConcurrent, Duration maxWait, Duration retryAfter) {
        this.bulkhead = Bulkhead.of(
                "intake-submissions",
                BulkheadConfig.custom()
                        .maxConcurrentCalls(maxConcurrent)
                        .maxWaitDuration(maxWait)
                        .build());
        this.retryAfter = retryAfter;
    }

    public Bulkhead bulkhead() {
        return bulkhead;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod())
                || !SUBMISSIONS.contains(request.getRequestURI()
                        .substring(request.getContextPath().length()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!bulkhead.tryAcquirePermission()) {
            log.warn(
                    "A submission was refused: {} are being taken in already",
                    bulkhead.getBulkheadConfig().getMaxConcurrentCalls());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())));
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            bulkhead.onComplete();
        }
    }
}
