@NullMarked
package dk.infohus.screening.policecheck.domain;

import org.jspecify.annotations.NullMarked;
