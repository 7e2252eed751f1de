@NullMarked
package dk.infohus.screening.policecheck.adapter.kafka;

import org.jspecify.annotations.NullMarked;
