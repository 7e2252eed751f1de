/**
 * Assessment: opens an Infohus case for every concern the coordinators present to Infohus, records the
 * analysis made with the national assessment tool and the recommendation of which departments to
 * inform. Infohus makes no authority decision. Consumes {@code screening.police-check.v1}, owns topic
 * {@code assessment.infohus-case.v1} and database {@code assessment}.
 */
@NullMarked
package dk.infohus.assessment;

import org.jspecify.annotations.NullMarked;
