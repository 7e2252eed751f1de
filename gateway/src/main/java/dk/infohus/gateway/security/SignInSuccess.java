package dk.infohus.gateway.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * Logs every sign-in at the front door with who signed in and in which role (ASVS 5.0 V16.3.1; a failed one
 * is {@link SignInFailure}'s), then sends the person back to the page they asked for.
 */
final class SignInSuccess extends SavedRequestAwareAuthenticationSuccessHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInSuccess.class);

    /** The session attribute that holds when the person signed in: {@link SessionLifetimeFilter} reads it. */
    static final String SIGNED_IN_AT = SignInSuccess.class.getName() + ".signedInAt";

    SignInSuccess(RequestCache requestCache) {
        setRequestCache(requestCache);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws ServletException, IOException {
        String role = authentication.getPrincipal() instanceof OAuth2User user
                ? String.valueOf((Object) user.getAttribute("role"))
                : "none";
        log.info("Signed in: {} (role {})", authentication.getName(), role);
        request.getSession().setAttribute(SIGNED_IN_AT, java.time.Instant.now());
        super.onAuthenticationSuccess(request, response, authentication);
    }
}
