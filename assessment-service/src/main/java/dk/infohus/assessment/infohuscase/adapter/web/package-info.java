@NullMarked
package dk.infohus.assessment.infohuscase.adapter.web;

import org.jspecify.annotations.NullMarked;
