@NullMarked
package dk.infohus.intake.concern.domain;

import org.jspecify.annotations.NullMarked;
