package dk.infohus.notification.followup.adapter.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator records that the follow-up meeting on a referral was held.
 *
 * @param completedBy who held it; given in the body until sign-in comes
 * @param note what was agreed, optional
 */
record CompletionRequest(
        @NotBlank @Size(max = 100) String completedBy,
        @Nullable @Size(max = 2_000) String note) {}
