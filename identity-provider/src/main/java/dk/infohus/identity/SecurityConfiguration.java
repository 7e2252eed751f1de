package dk.infohus.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * The authorization server endpoints (OpenID Connect included) in one filter chain, the login form in the other.
 * CSRF protection and session fixation protection keep Spring Security's defaults.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    /** The scope whose claims the services read; the gateway asks for it with openid and profile. */
    static final String INFOHUS_SCOPE = "infohus";

    /** No inline script or style: the login page's style sheet is a file of its own. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerEndpoints(
            HttpSecurity http, InfohusClaims claims, IdentityProperties properties) throws Exception {
        http.oauth2AuthorizationServer(server -> {
                    http.securityMatcher(server.getEndpointsMatcher());
                    server.oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(claims::userInfo)));
                })
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // prompt=login and max_age: a sign-in older than asked for is ended, so the login form asks again
                .addFilterAfter(
                        new FreshSignIn(properties.signIn().freshWithin()),
                        org.springframework.security.web.context.SecurityContextHolderFilter.class)
                // a browser that is not signed in yet goes to the login form
                .exceptionHandling(exceptions -> exceptions.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginForm(
            HttpSecurity http, UserDirectory users, PasswordEncoder passwords, IdentityProperties properties)
            throws Exception {
        DaoAuthenticationProvider checkPasswords = new DaoAuthenticationProvider(users);
        checkPasswords.setPasswordEncoder(passwords);
        // the form's one way to sign in: the password check behind the throttle, with no other manager to fall to
        http.authenticationManager(new ProviderManager(
                        new ThrottledSignIn(checkPasswords, new SignInThrottle(properties.signIn()))))
                .authorizeHttpRequests(
                        requests -> requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .formLogin(Customizer.withDefaults())
                .headers(SecurityConfiguration::headers);
        return http.build();
    }

    @Bean
    RegisteredClientRepository registeredClients(IdentityProperties properties) {
        IdentityProperties.GatewayClient gateway = properties.gateway();
        RegisteredClient client = RegisteredClient.withId(gateway.clientId())
                .clientId(gateway.clientId())
                .clientSecret(gateway.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .redirectUris(uris -> uris.addAll(gateway.redirectUris()))
                .postLogoutRedirectUris(uris -> uris.addAll(gateway.postLogoutRedirectUris()))
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .scope(INFOHUS_SCOPE)
                .clientSettings(ClientSettings.builder()
                        .requireAuthorizationConsent(false)
                        .requireProofKey(true)
                        .build())
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(properties.accessTokenTimeToLive())
                        .refreshTokenTimeToLive(properties.refreshTokenTimeToLive())
                        .reuseRefreshTokens(false)
                        .idTokenSignatureAlgorithm(SignatureAlgorithm.RS256)
                        .build())
                .build();
        IdentityProperties.PoliceSystemClient police = properties.policeSystem();
        RegisteredClient policeSystem = RegisteredClient.withId(police.clientId())
                .clientId(police.clientId())
                .clientSecret(police.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scope(INFOHUS_SCOPE)
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.SELF_CONTAINED)
                        .accessTokenTimeToLive(properties.accessTokenTimeToLive())
                        .build())
                .build();
        return new InMemoryRegisteredClientRepository(client, policeSystem);
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder()
                .issuer(properties.issuerUrl())
                .build();
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(IdentityProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKeyFile.loadOrCreate(properties.keyFile())));
    }

    /** Reads this server's own access tokens at the userinfo endpoint. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource) {
        return OAuth2AuthorizationServerConfiguration.jwtDecoder(jwkSource);
    }

    @Bean
    UserDirectory userDirectory(IdentityProperties properties) {
        return new UserDirectory(properties.users());
    }

    /** The token customizer (the one {@code OAuth2TokenCustomizer<JwtEncodingContext>}) and the userinfo mapper. */
    @Bean
    InfohusClaims infohusClaims(UserDirectory users, IdentityProperties properties) {
        return new InfohusClaims(users, properties.policeSystem());
    }

    /** Passwords and the client secret name their encoder: {@code {bcrypt}...}, or {@code {noop}...} for a demo. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> headers) {
        headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny);
    }
}
