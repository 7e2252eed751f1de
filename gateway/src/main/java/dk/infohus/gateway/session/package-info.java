/** What the pages may know about the signed-in person: {@code GET /api/me}. */
@NullMarked
package dk.infohus.gateway.session;

import org.jspecify.annotations.NullMarked;
