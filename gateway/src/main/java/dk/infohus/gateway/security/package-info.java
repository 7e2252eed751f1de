/**
 * Sign-in, session and web safety: who may pass the front door without signing in, what an unsigned
 * request gets (a redirect for pages, a 401 problem for the API), CSRF, security headers and logout.
 */
@NullMarked
package dk.infohus.gateway.security;

import org.jspecify.annotations.NullMarked;
