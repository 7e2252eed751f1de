@NullMarked
package dk.infohus.screening.policecheck.application;

import org.jspecify.annotations.NullMarked;
