package dk.infohus.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.oidc.authentication.OidcUserInfoAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Puts the user's Infohus claims into every access token and id token, and the audience {@code infohus} into
 * every access token. The claims are read from the user directory each time a token is made, also on refresh, so
 * a changed role takes effect with the next token; a user no longer in the directory gets no token at all.
 */
public final class InfohusClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    /** The audience of every access token: the Infohus services. */
    public static final String AUDIENCE = "infohus";

    private static final OAuth2TokenType ID_TOKEN = new OAuth2TokenType(OidcParameterNames.ID_TOKEN);

    private final UserDirectory users;
    private final IdentityProperties.@Nullable PoliceSystemClient policeSystem;

    public InfohusClaims(UserDirectory users) {
        this(users, null);
    }

    public InfohusClaims(UserDirectory users, IdentityProperties.@Nullable PoliceSystemClient policeSystem) {
        this.users = users;
        this.policeSystem = policeSystem;
    }

    /**
     * The claims of one user: {@code name}, {@code role}, {@code municipality} always; {@code municipalities},
     * {@code police_district}, {@code department}, {@code authority} and {@code organisation} where the user has
     * them.
     */
    public static Map<String, Object> of(UserAccount user) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("name", user.name());
        claims.put("role", user.role().claim());
        claims.put("municipality", user.municipality());
        if (!user.municipalities().isEmpty()) {
            claims.put("municipalities", List.copyOf(user.municipalities()));
        }
        putIfPresent(claims, "police_district", user.policeDistrict());
        putIfPresent(claims, "department", user.department());
        putIfPresent(claims, "authority", user.authority());
        putIfPresent(claims, "organisation", user.organisation());
        return claims;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        boolean accessToken = OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType());
        if (!accessToken && !ID_TOKEN.equals(context.getTokenType())) {
            return;
        }
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            // a machine client has no user: only the police system has claims; any other gets no token
            if (policeSystem == null
                    || !policeSystem
                            .clientId()
                            .equals(context.getRegisteredClient().getClientId())) {
                throw new OAuth2AuthenticationException(new OAuth2Error(
                        OAuth2ErrorCodes.UNAUTHORIZED_CLIENT, "No Infohus claims for this client.", null));
            }
            context.getClaims().claims(claims -> claims.putAll(policeSystem.claims()));
            context.getClaims().audience(List.of(AUDIENCE));
            return;
        }
        UserAccount user = users.find(context.getPrincipal().getName())
                .orElseThrow(() -> new OAuth2AuthenticationException(
                        new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT, "The user may no longer sign in.", null)));
        context.getClaims().claims(claims -> claims.putAll(of(user)));
        if (accessToken) {
            context.getClaims().audience(List.of(AUDIENCE));
        }
    }

    /**
     * The userinfo endpoint's answer: {@code sub} and the same claims as the tokens, for a client that reads the
     * user from there.
     */
    public OidcUserInfo userInfo(OidcUserInfoAuthenticationContext context) {
        String username = context.getAuthorization().getPrincipalName();
        UserAccount user = users.find(username)
                .orElseThrow(() -> new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_TOKEN));
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put(StandardClaimNames.SUB, username);
        claims.putAll(of(user));
        return new OidcUserInfo(claims);
    }

    private static void putIfPresent(Map<String, Object> claims, String claim, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            claims.put(claim, value);
        }
    }
}
