@NullMarked
package dk.infohus.intake.challenge.application;

import org.jspecify.annotations.NullMarked;
