/**
 * Who is calling and what they may see. {@link dk.infohus.platform.security.Caller} and
 * {@link dk.infohus.contracts.Role} are plain Java so that use cases can decide need to know;
 * the Spring parts validate the caller's token in every service itself, never trusting the gateway alone.
 */
@NullMarked
package dk.infohus.platform.security;

import org.jspecify.annotations.NullMarked;
