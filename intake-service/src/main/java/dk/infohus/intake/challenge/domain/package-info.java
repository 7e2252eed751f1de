@NullMarked
package dk.infohus.intake.challenge.domain;

import org.jspecify.annotations.NullMarked;
