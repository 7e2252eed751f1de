@NullMarked
package dk.infohus.intake.challenge.adapter.scheduling;

import org.jspecify.annotations.NullMarked;
