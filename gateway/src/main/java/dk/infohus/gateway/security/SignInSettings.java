package dk.infohus.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sign-in settings beyond Spring Boot's own {@code spring.security.oauth2.client.*}.
 *
 * @param registrationId the client registration people sign in with ({@code infohus})
 * @param postLogoutRedirectUri where the identity provider sends the browser after logout; it must be
 *     registered with the provider as a post-logout redirect URI ({@code {baseUrl}} is this gateway)
 * @param absoluteSessionLifetime how long a sign-in lasts at most, used or not: after it the person signs in
 *     again (ASVS 5.0 V7.3.2); the idle timeout is {@code server.servlet.session.timeout}
 * @param freshSignInFor the sensitive actions, as path patterns of any method, that need a sign-in made within
 *     {@code freshSignInWithin}: deciding on a concern, a police take-over, reading the audit trail
 * @param freshSignInWithin how recent the sign-in (the ID token's {@code auth_time}) must be for them
 */
@ConfigurationProperties("infohus.gateway.sign-in")
public record SignInSettings(
        @DefaultValue("infohus") String registrationId,
        @DefaultValue("{baseUrl}/") String postLogoutRedirectUri,
        @DefaultValue("8h") java.time.Duration absoluteSessionLifetime,

        @DefaultValue({
            "/politi/sager/*/beslutning",
            "/politi/sager/*/overtagelse",
            "/api/police-checks/*/decision",
            "/api/police-checks/*/take-over",
            "/api/audit",
            "/api/audit/**"
        })
        java.util.List<String> freshSignInFor,

        @DefaultValue("15m") java.time.Duration freshSignInWithin) {

    /** Where a browser starts signing in. */
    public String signInPath() {
        return "/oauth2/authorization/" + registrationId;
    }
}
