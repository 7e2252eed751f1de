package dk.infohus.notification.followup.adapter.web;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The coordinator records that the follow-up meeting on a referral was held; who held it is the
 * signed-in caller. The body may be left out when there is no note.
 *
 * @param note what was agreed, optional
 */
record CompletionRequest(@Nullable @Size(max = 2_000) String note) {}
