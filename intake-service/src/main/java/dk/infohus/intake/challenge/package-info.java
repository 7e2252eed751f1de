/**
 * Proof of work (ALTCHA) for the public, anonymous concern form: the page's widget fetches a signed
 * challenge from {@code GET /offentlig/udfordring}, solves it in the browser, and the form sends the
 * solution along; the server checks it once. Keeps bots from flooding the form without asking a worried
 * citizen to solve a puzzle.
 */
@NullMarked
package dk.infohus.intake.challenge;

import org.jspecify.annotations.NullMarked;
