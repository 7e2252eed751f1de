package dk.infohus.referral.referral.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A department confirms it received a referral.
 *
 * @param caseworker who in the department acknowledges it; given here until sign-in arrives
 */
record AcknowledgementRequest(@NotBlank @Size(max = 100) String caseworker) {}
