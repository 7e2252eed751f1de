/** Intake under a burst it cannot serve: submissions beyond what it takes in at once are refused quickly. */
@NullMarked
package dk.infohus.intake.concern.adapter.web.overload;

import org.jspecify.annotations.NullMarked;
