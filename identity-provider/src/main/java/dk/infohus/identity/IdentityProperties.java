package dk.infohus.identity;

import dk.infohus.contracts.Role;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code infohus.identity.*}: the issuer, where the signing key is kept, the gateway's client registration and
 * the users. The users come from configuration only (application.yml holds the demo users), never from code.
 *
 * @param issuer the issuer every token names and the discovery document announces; the URL the browser and the
 *     services reach this server at
 * @param keyFile the RSA signing key as a JWK; created on the first start and kept, so tokens survive a restart
 * @param gateway the front door's client registration
 * @param policeSystem the police's own systems as a machine client (client credentials)
 * @param accessTokenTimeToLive how long an access token is valid; the gateway refreshes it within the session
 * @param refreshTokenTimeToLive how long a sign-in lasts without signing in again
 * @param users the people who may sign in, with the attributes that become their claims
 * @param signIn how many failed sign-ins a user name and a client address may have
 */
@ConfigurationProperties("infohus.identity")
public record IdentityProperties(
        @DefaultValue("http://localhost:9000") URI issuer,
        @DefaultValue("./data/identity/signing-key.json") Path keyFile,
        @DefaultValue GatewayClient gateway,
        @DefaultValue PoliceSystemClient policeSystem,
        @DefaultValue("5m") Duration accessTokenTimeToLive,
        @DefaultValue("8h") Duration refreshTokenTimeToLive,
        @DefaultValue List<UserAccount> users,
        @DefaultValue SignInLimits signIn) {

    public IdentityProperties {
        if (!issuer.isAbsolute() || issuer.getQuery() != null || issuer.getFragment() != null) {
            throw new IllegalArgumentException(
                    "infohus.identity.issuer must be an absolute URL without query or fragment, got " + issuer);
        }
        users = List.copyOf(users);
    }

    /**
     * The login form's throttle (ASVS 5.0 V6.3.1): after this many failed sign-ins within the window, a user name
     * is refused, right password or not, and so is a client address; the failures are forgotten as the window
     * passes. Keycloak's realm in compose has its own brute-force detection.
     *
     * @param failuresPerName failed sign-ins a user name may have within the window
     * @param failuresPerAddress failed sign-ins one client address may have within the window, over all names
     * @param window the time over which the failures are counted
     * @param freshWithin how recent a password must be for an authorization request with {@code prompt=login}
     *     (or a smaller {@code max_age}): the login form's own answer comes within it, so it does not loop
     */
    public record SignInLimits(
            @DefaultValue("5") int failuresPerName,
            @DefaultValue("50") int failuresPerAddress,
            @DefaultValue("15m") Duration window,
            @DefaultValue("60s") Duration freshWithin) {

        public SignInLimits {
            if (failuresPerName < 1 || failuresPerAddress < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("infohus.identity.sign-in needs failures of 1 or more and a window");
            }
        }
    }

    /** The issuer as the {@code iss} claim spells it: no trailing slash. */
    public String issuerUrl() {
        String url = issuer.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * The gateway (the front door) as an OAuth2 client: confidential, authorization code with PKCE and refresh
     * tokens, no consent page.
     *
     * @param clientId the client id, {@code infohus-gateway}
     * @param clientSecret the secret with its encoder id, e.g. {@code {noop}...} or {@code {bcrypt}...}
     * @param redirectUris where the sign-in may return to: the gateway's {@code /login/oauth2/code/infohus}
     * @param postLogoutRedirectUris where signing out may return to
     */
    public record GatewayClient(
            @DefaultValue("infohus-gateway") String clientId,
            @DefaultValue("{noop}infohus-gateway-secret") String clientSecret,

            @DefaultValue("http://localhost:8080/login/oauth2/code/infohus")
            List<String> redirectUris,

            @DefaultValue("http://localhost:8080/") List<String> postLogoutRedirectUris) {

        public GatewayClient {
            UserAccount.requireEncoderId(clientSecret, "infohus.identity.gateway.client-secret");
            if (redirectUris.isEmpty()) {
                throw new IllegalArgumentException("infohus.identity.gateway.redirect-uris must name at least one URI");
            }
            redirectUris = List.copyOf(redirectUris);
            postLogoutRedirectUris = List.copyOf(postLogoutRedirectUris);
        }
    }

    /**
     * An external police system as an OAuth2 client: confidential, client credentials only, no user. Its tokens
     * carry the role {@code police-system} for the police district's municipalities, so it may read and answer a
     * police check over REST (note, clearance, take-over, obstacle) as the police coordinator may, but record no
     * coordinator's view or decision.
     *
     * @param clientId the client id, {@code police-system}
     * @param clientSecret the secret with its encoder id
     * @param name the name its tokens carry, shown where it acted
     * @param policeDistrict the police district it answers for
     * @param municipalities the kommunekoder of that district
     */
    public record PoliceSystemClient(
            @DefaultValue("police-system") String clientId,
            @DefaultValue("{noop}police-system-secret") String clientSecret,
            @DefaultValue("Politiets system") String name,
            @DefaultValue("midt-og-vestjylland") String policeDistrict,

            @DefaultValue({"657", "661", "671", "665", "760", "779", "791"})
            List<String> municipalities) {

        public PoliceSystemClient {
            UserAccount.requireEncoderId(clientSecret, "infohus.identity.police-system.client-secret");
            if (municipalities.isEmpty()) {
                throw new IllegalArgumentException("infohus.identity.police-system.municipalities must name one");
            }
            municipalities = List.copyOf(municipalities);
        }

        /** The claims of its tokens: its own role, with the district and its municipalities. */
        public java.util.Map<String, Object> claims() {
            java.util.Map<String, Object> claims = new java.util.LinkedHashMap<>();
            claims.put("name", name);
            claims.put("role", Role.POLICE_SYSTEM.claim());
            claims.put("municipality", municipalities.get(0));
            claims.put("municipalities", municipalities);
            claims.put("police_district", policeDistrict);
            return claims;
        }
    }
}
