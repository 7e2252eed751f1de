@NullMarked
package dk.infohus.assessment.infohuscase.domain;

import org.jspecify.annotations.NullMarked;
