/**
 * Screening: the police coordinator screens each concern intake received for criminal or acute
 * security matters and for anything that prevents Infohus handling; then the municipal and the police
 * coordinator decide together whether the concern is presented to Infohus. Consumes
 * {@code intake.concern.v1}; owns topic {@code screening.police-check.v1} and database {@code screening}.
 */
@NullMarked
package dk.infohus.screening;

import org.jspecify.annotations.NullMarked;
