/**
 * The workspace: the front door's start page, where a signed-in person sees their work and how much of it
 * waits, read from the services that own the work.
 */
@NullMarked
package dk.infohus.gateway.workspace;

import org.jspecify.annotations.NullMarked;
