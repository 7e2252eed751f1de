@NullMarked
package dk.infohus.intake.concern.application;

import org.jspecify.annotations.NullMarked;
