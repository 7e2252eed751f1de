@NullMarked
package dk.infohus.platform.events;

import org.jspecify.annotations.NullMarked;
