package dk.infohus.gateway.ratelimit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** The kinds of request the front door limits, and which requests they are. */
public enum LimitedRequest {
    /** Submitting a concern, through the API or a page's form. */
    SUBMISSION(new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/api/concerns"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/offentlig/bekymring"),
            PathPatternRequestMatcher.pathPattern(HttpMethod.POST, "/indberetning/**"))),
    /** Looking up the status of a receipt code, through the API or the status page's form. */
    RECEIPT_LOOKUP(new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/api/receipts/**"),
            new AndRequestMatcher(
                    PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/offentlig/status"),
                    // only ever asked of a GET: its parameters come from the query string, no body is read
                    request -> request.getParameter("kode") != null))),
    /** Fetching an ALTCHA challenge for the citizen's form. */
    CHALLENGE(PathPatternRequestMatcher.pathPattern(HttpMethod.GET, "/offentlig/udfordring"));

    private final RequestMatcher matcher;

    LimitedRequest(RequestMatcher matcher) {
        this.matcher = matcher;
    }

    /** The kind of this request, or empty when it is not limited. */
    public static Optional<LimitedRequest> of(HttpServletRequest request) {
        for (LimitedRequest kind : values()) {
            if (kind.matcher.matches(request)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
