package dk.infohus.gateway;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oauth2Client;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.oidcLogin;

import java.time.Instant;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test requests as a browser sends them: signed in, or from a given client address. */
final class TestSessions {

    private TestSessions() {}

    /** A session signed in through the {@code infohus} client, holding this access token. */
    static RequestPostProcessor signedIn(String username, String role, String accessToken) {
        ClientRegistration infohus = ClientRegistration.withRegistrationId("infohus")
                .clientId(StubIdentityProvider.CLIENT_ID)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope("openid", "profile", "infohus")
                .authorizationUri("http://identity.invalid/authorize")
                .tokenUri("http://identity.invalid/token")
                .build();
        Instant now = Instant.now();
        RequestPostProcessor login = oidcLogin()
                .clientRegistration(infohus)
                .idToken(token -> token.subject(username).claim("role", role).claim("municipality", "657"));
        RequestPostProcessor token = oauth2Client()
                .clientRegistration(infohus)
                .principalName(username)
                .accessToken(new OAuth2AccessToken(
                        OAuth2AccessToken.TokenType.BEARER, accessToken, now, now.plusSeconds(300)));
        return request -> token.postProcessRequest(login.postProcessRequest(request));
    }

    /** The request comes from this client address ({@code request.getRemoteAddr()}). */
    static RequestPostProcessor from(String clientAddress) {
        return request -> {
            request.setRemoteAddr(clientAddress);
            return request;
        };
    }
}
