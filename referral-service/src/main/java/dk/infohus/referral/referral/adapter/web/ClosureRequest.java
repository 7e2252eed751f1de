package dk.infohus.referral.referral.adapter.web;

import dk.infohus.referral.referral.domain.Outcome;
import jakarta.validation.constraints.NotNull;

/**
 * A department reports back and closes a referral. Who closes it is the signed-in caseworker.
 *
 * @param outcome whether the department started measures; what they are stays with the department
 */
record ClosureRequest(@NotNull Outcome outcome) {}
