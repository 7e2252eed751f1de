package dk.infohus.screening.policecheck.adapter.web;

import dk.infohus.screening.policecheck.domain.DecisionOutcome;
import dk.infohus.screening.policecheck.domain.NotPresentedReason;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** What the coordinators send. Actors name themselves in the body until sign-in arrives. */
final class PoliceCheckRequests {

    private PoliceCheckRequests() {}

    /**
     * The police coordinator clears the concern.
     *
     * @param officer the police coordinator's name or id
     * @param note what the police checked, if anything worth keeping
     */
    record ClearanceRequest(
            @NotBlank @Size(max = 100) String officer,
            @Nullable @Size(max = 2_000) String note) {}

    /**
     * The police take the concern over.
     *
     * @param officer the police coordinator's name or id
     * @param reason why, for the municipal coordinator; it stays in screening
     */
    record TakeOverRequest(
            @NotBlank @Size(max = 100) String officer,
            @NotBlank @Size(max = 2_000) String reason) {}

    /**
     * The two coordinators' decision on a cleared concern.
     *
     * @param reason required when the outcome is {@code NOT_PRESENTED}, left out when it is {@code PRESENT}
     */
    record DecisionRequest(
            @NotNull DecisionOutcome outcome,
            @Nullable NotPresentedReason reason,
            @NotBlank @Size(max = 100) String municipalCoordinator,
            @NotBlank @Size(max = 100) String policeCoordinator) {}
}
