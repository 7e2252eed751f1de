package dk.infohus.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings beyond Spring Boot's own {@code spring.security.oauth2.client.*}.
 *
 * @param registrationId the client registration people sign in with ({@code infohus})
 * @param postLogoutRedirectUri where the identity provider sends the browser after logout; it must be
 *     registered with the provider as a post-logout redirect URI ({@code {baseUrl}} is this gateway)
 */
@ConfigurationProperties("infohus.gateway.sign-in")
public record SignInSettings(
        @DefaultValue("infohus") String registrationId,
        @DefaultValue("{baseUrl}/") String postLogoutRedirectUri) {

    /** Where a browser starts signing in. */
    public String signInPath() {
        return "/oauth2/authorization/" + registrationId;
    }
}
