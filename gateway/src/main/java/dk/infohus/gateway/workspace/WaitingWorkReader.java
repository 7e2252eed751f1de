package dk.infohus.gateway.workspace;

import dk.infohus.gateway.routing.Backend;
import dk.infohus.gateway.routing.ServiceLocations;
import dk.infohus.gateway.security.SignInSettings;
import dk.infohus.webui.WaitingWork;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.http.server.PathContainer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Asks the service that owns a kind of work how much of it waits for the signed-in person: {@code GET
 * <waitingPath>} at the service the route table sends that path to, with the person's own access token,
 * so the service answers within the person's need-to-know as it does for its queue.
 *
 * <p>A slow or absent service never holds up the start page: the call has its own short time limits
 * ({@code infohus.gateway.workspace.*}), and a failure is an empty answer that the card shows as "cannot be
 * read right now". Nothing of the answer is logged but the service's name and the kind of failure.
 */
@Component
class WaitingWorkReader {

    private static final Logger log = LoggerFactory.getLogger(WaitingWorkReader.class);

    private final ServiceLocations locations;
    private final OAuth2AuthorizedClientManager authorizedClients;
    private final SignInSettings signIn;
    private final RestClient http;

    WaitingWorkReader(
            ServiceLocations locations,
            OAuth2AuthorizedClientManager authorizedClients,
            SignInSettings signIn,
            WorkspaceSettings settings) {
        this.locations = locations;
        this.authorizedClients = authorizedClients;
        this.signIn = signIn;
        SimpleClientHttpRequestFactory requests = new SimpleClientHttpRequestFactory();
        requests.setConnectTimeout(settings.connectTimeout());
        requests.setReadTimeout(settings.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    Optional<WaitingWork> read(
            String waitingPath, Authentication person, HttpServletRequest request, HttpServletResponse response) {
        Optional<Backend> owner = ownerOf(waitingPath);
        if (owner.isEmpty()) {
            log.warn("No service owns the waiting-work path {}", waitingPath);
            return Optional.empty();
        }
        try {
            OAuth2AuthorizedClient client =
                    authorizedClients.authorize(OAuth2AuthorizeRequest.withClientRegistrationId(signIn.registrationId())
                            .principal(person)
                            .attribute(HttpServletRequest.class.getName(), request)
                            .attribute(HttpServletResponse.class.getName(), response)
                            .build());
            if (client == null) {
                return Optional.empty();
            }
            URI uri = URI.create(locations.of(owner.get()).toString() + waitingPath);
            WaitingWork waiting = http.get()
                    .uri(uri)
                    .accept(MediaType.APPLICATION_JSON)
                    .headers(headers ->
                            headers.setBearerAuth(client.getAccessToken().getTokenValue()))
                    .retrieve()
                    .body(WaitingWork.class);
            return Optional.ofNullable(waiting);
        } catch (RestClientException | AuthenticationException | OAuth2AuthorizationException failed) {
            log.info(
                    "The waiting work of {} could not be read ({})",
                    owner.get().id(),
                    failed.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    static Optional<Backend> ownerOf(String path) {
        PathContainer container = PathContainer.parsePath(path);
        for (Backend backend : Backend.values()) {
            for (String pattern : backend.pathPatterns()) {
                if (PathPatternParser.defaultInstance.parse(pattern).matches(container)) {
                    return Optional.of(backend);
                }
            }
        }
        return Optional.empty();
    }
}
