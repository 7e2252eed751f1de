/**
 * Intake: accepts concerns about a person or group from municipal staff, partners and citizens, gives
 * the reporter a receipt code and tells screening. Owns topic {@code intake.concern.v1} and database
 * {@code intake}.
 */
@NullMarked
package dk.infohus.intake;

import org.jspecify.annotations.NullMarked;
