package dk.infohus.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * OpenID Connect's {@code prompt=login} and {@code max_age} at the authorization endpoint (Core 3.1.2.1), which
 * Spring Authorization Server leaves to the application: when the client asks for them and the person's password
 * was typed longer ago than allowed, the sign-in here is ended, so the login form asks for the password again and
 * then answers the same authorization request. The front door asks for it before a sensitive action.
 *
 * <p>The time of the sign-in is the password factor's, the one the ID token's {@code auth_time} names. A request
 * answered right after the password was typed passes: {@code prompt=login} and {@code max_age} below the
 * tolerance count as "within the tolerance", so the request the login form sends back does not loop.
 */
final class FreshSignIn extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(FreshSignIn.class);

    private final Duration tolerance;

    FreshSignIn(Duration tolerance) {
        this.tolerance = tolerance;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().equals(request.getContextPath() + "/oauth2/authorize");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Duration allowed = allowed(request);
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (allowed != null
                && signedIn != null
                && signedIn.isAuthenticated()
                && !(signedIn instanceof AnonymousAuthenticationToken)) {
            Instant passwordAt = passwordTypedAt(signedIn);
            if (passwordAt == null || passwordAt.plus(allowed).isBefore(Instant.now())) {
                log.info("A fresh sign-in was asked for: {} signs in again", signedIn.getName());
                HttpSession session = request.getSession(false);
                if (session != null) {
                    session.invalidate();
                }
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }

    /** How old the sign-in may be for this request; null when the client does not ask. */
    private @Nullable Duration allowed(HttpServletRequest request) {
        String prompt = request.getParameter("prompt");
        boolean login = prompt != null && Arrays.asList(prompt.split(" ")).contains("login");
        Duration maxAge = null;
        String maxAgeParameter = request.getParameter("max_age");
        if (maxAgeParameter != null && maxAgeParameter.matches("\\d{1,9}")) {
            maxAge = Duration.ofSeconds(Long.parseLong(maxAgeParameter));
        }
        if (login) {
            return tolerance;
        }
        return maxAge == null ? null : (maxAge.compareTo(tolerance) < 0 ? tolerance : maxAge);
    }

    private static @Nullable Instant passwordTypedAt(Authentication signedIn) {
        Instant latest = null;
        for (var authority : signedIn.getAuthorities()) {
            if (authority instanceof FactorGrantedAuthority factor
                    && (latest == null || factor.getIssuedAt().isAfter(latest))) {
                latest = factor.getIssuedAt();
            }
        }
        return latest;
    }
}
