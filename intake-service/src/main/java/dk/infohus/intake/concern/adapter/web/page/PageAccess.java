package dk.infohus.intake.concern.adapter.web.page;

import dk.infohus.platform.security.Allow;
import dk.infohus.platform.security.Allows;
import dk.infohus.platform.security.Caller;
import dk.infohus.platform.security.Callers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * {@link Allow} on the pages, as the platform enforces it on the API: not signed in where signing in would
 * help is 401, signed in with a role that may not use the page is 404. A page without {@code @Allow} is
 * closed to everyone.
 */
final class PageAccess implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true; // static files
        }
        Allow allow = method.getMethodAnnotation(Allow.class);
        Caller caller = Callers.current();
        if (Allows.admit(allow, caller.role())) {
            return true;
        }
        throw new ResponseStatusException(caller.signedIn() ? HttpStatus.NOT_FOUND : HttpStatus.UNAUTHORIZED);
    }
}
