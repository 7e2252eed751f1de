package dk.infohus.platform.security;

import dk.infohus.platform.web.ProblemResponses;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Enforces {@link Allow} on every API endpoint and on the pages of the paths a service names
 * ({@code infohus.security.page-paths}): a caller who is not signed in gets 401 where signing in would
 * help; a signed-in caller whose role may not use the endpoint gets 404, so that not even the endpoint's
 * use leaks. The API answers with a problem body; a page's refusal goes to the service's error pages.
 */
public class AccessInterceptor implements HandlerInterceptor {

    private final ProblemResponses problems;

    public AccessInterceptor(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method)) {
            return true; // static files
        }
        Allow allow = method.getMethodAnnotation(Allow.class);
        Caller caller = Callers.current();
        if (Allows.admit(allow, caller.role())) {
            return true;
        }
        if (!request.getRequestURI().startsWith("/api/")) {
            throw new ResponseStatusException(caller.signedIn() ? HttpStatus.NOT_FOUND : HttpStatus.UNAUTHORIZED);
        }
        if (!caller.signedIn()) {
            problems.write(
                    response,
                    ProblemResponses.problem(
                            HttpStatus.UNAUTHORIZED, "unauthorized", "Sign in", "Sign in to use this."));
        } else {
            problems.write(
                    response,
                    ProblemResponses.problem(HttpStatus.NOT_FOUND, "not-found", "Not found", "No such record."));
        }
        return false;
    }
}
