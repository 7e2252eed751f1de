@NullMarked
package dk.infohus.platform.mongo;

import org.jspecify.annotations.NullMarked;
