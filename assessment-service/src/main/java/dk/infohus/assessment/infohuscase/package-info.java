/**
 * The Infohus case: a concern the coordinators presented to Infohus, analysed with the national
 * assessment tool and closed with a recommendation of which departments to inform.
 */
@NullMarked
package dk.infohus.assessment.infohuscase;

import org.jspecify.annotations.NullMarked;
