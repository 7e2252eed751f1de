/**
 * Referral: refers a case to each department Infohus recommended, and follows every referral until the
 * department has acknowledged it and reported back. The departments assess, decide and start measures
 * under their own law; this service holds no personal data, only ids, department codes and states.
 * Consumes {@code assessment.infohus-case.v1}; owns topic {@code referral.referral.v1} and database
 * {@code referral}.
 */
@NullMarked
package dk.infohus.referral;

import org.jspecify.annotations.NullMarked;
