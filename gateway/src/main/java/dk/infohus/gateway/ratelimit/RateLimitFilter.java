package dk.infohus.gateway.ratelimit;

import dk.infohus.gateway.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Applies the {@link RateLimiter} in the security filter chain, after authorisation: only requests the
 * front door would forward are counted (one it refuses itself, without CSRF token or session, costs the
 * services nothing), the signed-in session is known, and the 429 answer carries the same security headers
 * as every other response.
 *
 * <p>Over the limit: {@code 429 Too Many Requests} with {@code Retry-After} in seconds; an RFC 9457 problem
 * body for the API, a short page in Danish and English for pages. Nothing about the client (address,
 * session) is logged: an address is personal data.
 *
 * <p>The client address is {@code request.getRemoteAddr()}. Behind a load balancer or reverse proxy set
 * {@code server.forward-headers-strategy=native} (and the proxy's address as trusted, Tomcat's {@code
 * server.tomcat.remoteip.*}), so that this is the client's address and not the proxy's; the front door
 * never reads {@code X-Forwarded-For} itself, since a client can write anything there.
 */
public final class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);

    private static final RequestMatcher API = PathPatternRequestMatcher.pathPattern("/api/**");

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="da">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>For mange forsøg / Too many attempts</title></head>
            <body>
            <main>
            <h1>For mange forsøg</h1>
            <p>For mange forsøg. Prøv igen om %1$s. Er der akut fare, så ring 112.</p>
            <div lang="en">
            <h2>Too many attempts</h2>
            <p>Too many attempts. Try again in %2$s. If there is immediate danger, call 112.</p>
            </div>
            </main>
            </body>
            </html>
            """;

    private final RateLimiter limiter;

    public RateLimitFilter(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<RateLimiter.Refusal> refusal = LimitedRequest.of(request)
                .flatMap(kind -> limiter.tryAcquire(kind, request.getRemoteAddr(), signedInSession(request)));
        if (refusal.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        log.info("Rate limit reached for {}", refusal.get().request());
        long seconds = refusal.get().retryAfterSeconds();
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        if (API.matches(request)) {
            Problem.TOO_MANY_REQUESTS.writeTo(response);
        } else {
            writePage(response, seconds);
        }
    }

    /** The session id of a signed-in person; null for an anonymous one. */
    private static @Nullable String signedInSession(HttpServletRequest request) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        HttpSession session = request.getSession(false);
        return session != null ? session.getId() : "principal:" + authentication.getName();
    }

    private static void writePage(HttpServletResponse response, long seconds) throws IOException {
        long minutes = Math.max(1, (seconds + 59) / 60);
        String danish = minutes == 1 ? "1 minut" : minutes + " minutter";
        String english = minutes == 1 ? "1 minute" : minutes + " minutes";
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(PAGE.formatted(danish, english));
    }
}
