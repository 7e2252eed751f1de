/**
 * Rate limits at the front door: how often one client address, or one signed-in session, may submit a
 * concern, look up a receipt or fetch an ALTCHA challenge, and the 429 answer when it asks too often.
 */
@NullMarked
package dk.infohus.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
