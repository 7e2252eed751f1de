/**
 * The front door on port 8080: the single origin for every page and API of the five services. It signs
 * people in (OIDC), keeps their session, relays their access token to the services and sets the web-safety
 * headers. It keeps no case data and logs no request bodies, query strings or personal data.
 */
@NullMarked
package dk.infohus.gateway;

import org.jspecify.annotations.NullMarked;
