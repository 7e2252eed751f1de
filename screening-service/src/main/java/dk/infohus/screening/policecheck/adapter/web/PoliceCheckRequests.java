package dk.infohus.screening.policecheck.adapter.web;

import dk.infohus.screening.policecheck.domain.DecisionOutcome;
import dk.infohus.screening.policecheck.domain.Meeting;
import dk.infohus.screening.policecheck.domain.NotPresentedReason;
import dk.infohus.screening.policecheck.domain.ObstacleReason;
import dk.infohus.screening.policecheck.domain.PoliceNoteKind;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * What the coordinators (and a police system) send. Whoever acts is known by their sign-in, never by the
 * body; a body names only another person. The rules (what is required, how long a text may be, which day
 * is too early) are the domain's, so a page and the API refuse the same input with the same field.
 */
final class PoliceCheckRequests {

    private PoliceCheckRequests() {}

    /** Bounds the body before the domain looks at it; the domain's limit is lower. */
    static final int MAX_BODY_TEXT = 10_000;

    /** A police note: what it is about and the police's words. */
    record NoteRequest(
            @Nullable PoliceNoteKind kind,
            @Nullable @Size(max = MAX_BODY_TEXT) String text) {}

    /**
     * The police coordinator clears the concern.
     *
     * @param note what the police checked, if anything worth keeping
     */
    record ClearanceRequest(
            @Nullable @Size(max = MAX_BODY_TEXT) String note) {}

    /**
     * The police take the concern over.
     *
     * @param reason why, for the police; it stays in screening
     */
    record TakeOverRequest(
            @Nullable @Size(max = MAX_BODY_TEXT) String reason) {}

    /** Something prevents Infohus handling now, until a day to look again. */
    record ObstacleRequest(
            @Nullable ObstacleReason reason, @Nullable LocalDate lookAgainOn) {}

    /** The municipal coordinator's 24-hour assessment of a child. */
    record ChildAssessmentRequest(
            @Nullable Boolean acuteMeasuresNeeded,
            @Nullable @Size(max = MAX_BODY_TEXT) String note) {}

    /** One coordinator's view before the decision. */
    record ViewRequest(
            @Nullable Boolean present,
            @Nullable @Size(max = MAX_BODY_TEXT) String note) {}

    /**
     * The two coordinators' decision on a cleared concern, recorded by one of them.
     *
     * @param reason required when the outcome is {@code NOT_PRESENTED}, left out when it is {@code PRESENT}
     * @param explanation required when not presented
     * @param receivingUnit required when redirected
     * @param meeting required when presented
     * @param otherCoordinator the absent coordinator, when they recorded no view
     * @param absenceReason why the other coordinator is absent, when they recorded no view
     */
    record DecisionRequest(
            @Nullable DecisionOutcome outcome,
            @Nullable NotPresentedReason reason,
            @Nullable @Size(max = MAX_BODY_TEXT) String explanation,
            @Nullable @Size(max = MAX_BODY_TEXT) String receivingUnit,
            @Nullable Meeting meeting,
            @Nullable Boolean urgent,
            @Nullable @Size(max = 100) String otherCoordinator,
            @Nullable @Size(max = MAX_BODY_TEXT) String absenceReason) {}
}
