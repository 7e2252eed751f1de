@NullMarked
package dk.infohus.assessment.infohuscase.application;

import org.jspecify.annotations.NullMarked;
