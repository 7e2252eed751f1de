@NullMarked
package dk.infohus.intake.attachment.domain;

import org.jspecify.annotations.NullMarked;
