package dk.infohus.referral.referral.adapter.web;

import dk.infohus.referral.referral.domain.Outcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A department reports back and closes a referral.
 *
 * @param caseworker who in the department closes it; given here until sign-in arrives
 * @param outcome whether the department started measures; what they are stays with the department
 */
record ClosureRequest(
        @NotBlank @Size(max = 100) String caseworker,
        @NotNull Outcome outcome) {}
