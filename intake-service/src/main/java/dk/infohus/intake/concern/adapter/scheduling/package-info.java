/** Intake's housekeeping on a schedule. */
@NullMarked
package dk.infohus.intake.concern.adapter.scheduling;

import org.jspecify.annotations.NullMarked;
