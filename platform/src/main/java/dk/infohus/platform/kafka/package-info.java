@NullMarked
package dk.infohus.platform.kafka;

import org.jspecify.annotations.NullMarked;
