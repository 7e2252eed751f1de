package dk.infohus.screening.policecheck.adapter.web;

import dk.infohus.screening.policecheck.domain.DecisionOutcome;
import dk.infohus.screening.policecheck.domain.NotPresentedReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What the coordinators send. Whoever acts is known by their sign-in, never by the body; a body names only
 * another person.
 */
final class PoliceCheckRequests {

    private PoliceCheckRequests() {}

    /**
     * The police coordinator clears the concern.
     *
     * @param note what the police checked, if anything worth keeping
     */
    record ClearanceRequest(@Nullable @Size(max = 2_000) String note) {}

    /**
     * The police take the concern over.
     *
     * @param reason why, for the police; it stays in screening
     */
    record TakeOverRequest(@NotBlank @Size(max = 2_000) String reason) {}

    /**
     * The two coordinators' decision on a cleared concern, recorded by one of them.
     *
     * @param reason required when the outcome is {@code NOT_PRESENTED}, left out when it is {@code PRESENT}
     * @param otherCoordinator the coordinator the caller decided with: the police coordinator when a municipal
     *     coordinator records the decision, the municipal coordinator when a police coordinator does
     */
    record DecisionRequest(
            @NotNull DecisionOutcome outcome,
            @Nullable NotPresentedReason reason,
            @NotBlank @Size(max = 100) String otherCoordinator) {}
}
