package dk.infohus.notification.followup.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A caseworker marks a department notification read.
 *
 * @param caseworker who read it; given in the body until sign-in comes
 */
record ReadRequest(@NotBlank @Size(max = 100) String caseworker) {}
