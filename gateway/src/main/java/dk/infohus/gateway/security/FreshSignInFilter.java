package dk.infohus.gateway.security;

import dk.infohus.gateway.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sensitive actions need a recent sign-in (ASVS 5.0 V6.8.4, V10.3.4): a decision on a concern, a police take-over,
 * reading the audit trail. The sign-in's time is the ID token's {@code auth_time}, which the identity provider
 * sets when the person last typed their password, not when a token was refreshed. When it is older than allowed:
 * <ul>
 *   <li>a page is remembered and the browser sent to sign in afresh: the next authorization request asks for
 *       {@code prompt=login} and {@code max_age} ({@link FreshSignInRequests}), and the page opens again after;
 *   <li>a form sent is sent back to its page (303), which asks for the fresh sign-in and shows the form again;
 *   <li>an API call gets a 401 problem.
 * </ul>
 * An identity provider that signs the person in again without a fresh password leaves {@code auth_time} as it
 * was: then the action is refused with a 403 rather than asked for in a loop.
 */
final class FreshSignInFilter extends OncePerRequestFilter {

    /** The session attribute that holds when a fresh sign-in was asked for; {@link FreshSignInRequests} reads it. */
    static final String REQUESTED = FreshSignInFilter.class.getName() + ".requested";

    private static final Logger log = LoggerFactory.getLogger(FreshSignInFilter.class);
    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

    private final RequestMatcher sensitive;
    private final Duration within;
    private final RequestCache requestCache;
    private final String signInPath;

    FreshSignInFilter(List<String> sensitivePaths, Duration within, RequestCache requestCache, String signInPath) {
        this.sensitive = new OrRequestMatcher(sensitivePaths.stream()
                .map(path -> (RequestMatcher) PathPatternRequestMatcher.pathPattern(path))
                .toList());
        this.within = within;
        this.requestCache = requestCache;
        this.signInPath = signInPath;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!sensitive.matches(request)
                || authentication == null
                || !(authentication.getPrincipal() instanceof OidcUser person)) {
            chain.doFilter(request, response);
            return;
        }
        HttpSession session = request.getSession();
        if (fresh(person.getAuthenticatedAt())) {
            session.removeAttribute(REQUESTED);
            chain.doFilter(request, response);
            return;
        }
        if (session.getAttribute(REQUESTED) instanceof Instant requested
                && session.getAttribute(SignInSuccess.SIGNED_IN_AT) instanceof Instant signedIn
                && signedIn.isAfter(requested)) {
            // signed in again since it was asked for, yet without a fresh password: the provider ignored prompt=login
            log.warn("The identity provider did not sign {} in afresh for a sensitive action", person.getName());
            session.removeAttribute(REQUESTED);
            Problem.FRESH_SIGN_IN_REFUSED.writeTo(response);
            return;
        }
        session.setAttribute(REQUESTED, Instant.now());
        if (API.matches(request)) {
            Problem.FRESH_SIGN_IN_REQUIRED.writeTo(response);
        } else if (HttpMethod.GET.matches(request.getMethod())) {
            requestCache.saveRequest(request, response);
            response.sendRedirect(request.getContextPath() + signInPath);
        } else {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", request.getRequestURI() + languageOf(request));
        }
    }

    private boolean fresh(Instant authenticatedAt) {
        return authenticatedAt != null && !authenticatedAt.plus(within).isBefore(Instant.now());
    }

    private static String languageOf(HttpServletRequest request) {
        return "en".equals(request.getParameter("lang")) ? "?lang=en" : "";
    }
}
