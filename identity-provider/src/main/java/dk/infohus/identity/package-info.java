/**
 * The local identity provider: Spring Authorization Server with the demo users of every Infohus role. It signs
 * RS256 access and id tokens whose claims (role, municipality, department or authority) the gateway and the
 * services read. In docker compose, Keycloak's realm {@code infohus} plays the same part.
 */
@NullMarked
package dk.infohus.identity;

import org.jspecify.annotations.NullMarked;
