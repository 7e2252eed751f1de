package dk.infohus.gateway.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a sign-in that is older than the absolute session lifetime, however much it has been used (ASVS 5.0
 * V7.3.2): the session is invalidated before authorization, so the request goes on as one without a sign-in
 * (a page to the sign-in, the API a 401 problem) and the person signs in again.
 */
final class SessionLifetimeFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionLifetimeFilter.class);

    private final Duration lifetime;

    SessionLifetimeFilter(Duration lifetime) {
        this.lifetime = lifetime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null
                && session.getAttribute(SignInSuccess.SIGNED_IN_AT) instanceof Instant signedInAt
                && signedInAt.plus(lifetime).isBefore(Instant.now())) {
            log.info("A sign-in of {} ended after its lifetime of {}", signedInAt, lifetime);
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }
}
