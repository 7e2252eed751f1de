@NullMarked
package dk.infohus.intake.concern.adapter.kafka;

import org.jspecify.annotations.NullMarked;
