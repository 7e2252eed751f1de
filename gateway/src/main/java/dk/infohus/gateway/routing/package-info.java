/** Which path prefix goes to which service, and how a request travels there. */
@NullMarked
package dk.infohus.gateway.routing;

import org.jspecify.annotations.NullMarked;
