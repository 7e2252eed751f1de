@NullMarked
package dk.infohus.intake.attachment.application;

import org.jspecify.annotations.NullMarked;
