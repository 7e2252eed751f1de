/** Plumbing every Infohus service shares. No domain lives here. */
@NullMarked
package dk.infohus.platform;

import org.jspecify.annotations.NullMarked;
