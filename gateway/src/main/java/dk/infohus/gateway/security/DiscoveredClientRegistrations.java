package dk.infohus.gateway.security;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The client registrations of {@code spring.security.oauth2.client.*}, exactly as Spring Boot would build
 * them, but resolved on first use instead of at start-up. Boot reads the identity provider's discovery
 * document ({@code issuer-uri}) while the application starts, so a gateway started before the identity
 * provider (a container runtime starts them in any order) would die; this one starts anyway and reads the
 * document when the first person signs in, trying again on the next sign-in until the provider answers.
 */
final class DiscoveredClientRegistrations implements ClientRegistrationRepository {

    private final OAuth2ClientProperties properties;
    private volatile @Nullable Map<String, ClientRegistration> registrations;

    DiscoveredClientRegistrations(OAuth2ClientProperties properties, String requiredRegistrationId) {
        if (!properties.getRegistration().containsKey(requiredRegistrationId)) {
            throw new IllegalStateException(
                    "spring.security.oauth2.client.registration." + requiredRegistrationId + " is not configured");
        }
        this.properties = properties;
    }

    @Override
    public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
        return registrations().get(registrationId);
    }

    private Map<String, ClientRegistration> registrations() {
        Map<String, ClientRegistration> known = registrations;
        if (known == null) {
            synchronized (this) {
                known = registrations;
                if (known == null) {
                    known = discover();
                    registrations = known;
                }
            }
        }
        return known;
    }

    /** Nothing is cached while the identity provider does not answer: the next sign-in tries again. */
    private Map<String, ClientRegistration> discover() {
        try {
            return Map.copyOf(new OAuth2ClientPropertiesMapper(properties).asClientRegistrations());
        } catch (RuntimeException unreachable) {
            throw new IdentityProviderUnavailable(unreachable);
        }
    }

    /** Sign-in cannot start now; one line in the log instead of a stack trace per attempt. */
    static final class IdentityProviderUnavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        IdentityProviderUnavailable(RuntimeException cause) {
            super(
                    "The identity provider's discovery document could not be read (" + cause.getMessage()
                            + "); sign-in will try again",
                    null,
                    false,
                    false);
        }
    }
}
