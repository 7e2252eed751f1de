package dk.infohus.gateway.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestRedirectFilter;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

/**
 * Spring's authorization requests, with {@code prompt=login} and {@code max_age} (OpenID Connect Core 3.1.2.1)
 * added when {@link FreshSignInFilter} asked for a fresh sign-in in this session: the identity provider then asks
 * for the password even though its own session is still valid.
 */
final class FreshSignInRequests implements OAuth2AuthorizationRequestResolver {

    private final OAuth2AuthorizationRequestResolver defaults;
    private final Duration within;

    FreshSignInRequests(ClientRegistrationRepository registrations, Duration within) {
        this.defaults = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, OAuth2AuthorizationRequestRedirectFilter.DEFAULT_AUTHORIZATION_REQUEST_BASE_URI);
        this.within = within;
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
        return fresh(request, defaults.resolve(request));
    }

    @Override
    public OAuth2AuthorizationRequest resolve(HttpServletRequest request, String clientRegistrationId) {
        return fresh(request, defaults.resolve(request, clientRegistrationId));
    }

    private OAuth2AuthorizationRequest fresh(HttpServletRequest request, OAuth2AuthorizationRequest authorization) {
        HttpSession session = request.getSession(false);
        if (authorization == null || session == null || session.getAttribute(FreshSignInFilter.REQUESTED) == null) {
            return authorization;
        }
        String maxAge = Long.toString(Math.max(0, within.toSeconds() - 60));
        return OAuth2AuthorizationRequest.from(authorization)
                .additionalParameters(parameters -> {
                    parameters.put("prompt", "login");
                    parameters.put("max_age", maxAge);
                })
                .authorizationRequestUri(authorization.getAuthorizationRequestUri() + "&prompt=login&max_age=" + maxAge)
                .build();
    }
}
