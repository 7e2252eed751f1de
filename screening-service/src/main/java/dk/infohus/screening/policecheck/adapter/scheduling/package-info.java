@NullMarked
package dk.infohus.screening.policecheck.adapter.scheduling;

import org.jspecify.annotations.NullMarked;
