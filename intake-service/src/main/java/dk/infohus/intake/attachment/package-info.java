@NullMarked
package dk.infohus.intake.attachment;

import org.jspecify.annotations.NullMarked;
