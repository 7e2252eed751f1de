@NullMarked
package dk.infohus.platform.outbox;

import org.jspecify.annotations.NullMarked;
