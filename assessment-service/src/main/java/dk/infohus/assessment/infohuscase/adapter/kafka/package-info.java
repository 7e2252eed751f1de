@NullMarked
package dk.infohus.assessment.infohuscase.adapter.kafka;

import org.jspecify.annotations.NullMarked;
