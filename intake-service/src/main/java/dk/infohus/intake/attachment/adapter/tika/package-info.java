@NullMarked
package dk.infohus.intake.attachment.adapter.tika;

import org.jspecify.annotations.NullMarked;
