@NullMarked
package dk.infohus.screening.policecheck.adapter.mongo;

import org.jspecify.annotations.NullMarked;
