@NullMarked
package dk.infohus.assessment.infohuscase.adapter.mongo;

import org.jspecify.annotations.NullMarked;
