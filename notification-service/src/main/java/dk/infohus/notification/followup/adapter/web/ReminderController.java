package dk.infohus.notification.followup.adapter.web;

import dk.infohus.notification.followup.application.FollowUpManagement;
import dk.infohus.notification.followup.domain.FollowUpReminder;
import dk.infohus.notification.followup.domain.ReferralFollowUp;
import dk.infohus.notification.followup.domain.ReferralId;
import dk.infohus.notification.followup.domain.ReminderState;
import io.micrometer.core.annotation.Timed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The coordinator's follow-up reminders, one per referral. */
@RestController
@RequestMapping("/api")
class ReminderController {

    private final FollowUpManagement followUps;

    ReminderController(FollowUpManagement followUps) {
        this.followUps = followUps;
    }

    record ReminderResponse(
            UUID reminderId,
            UUID referralId,
            UUID caseId,
            String municipality,
            String department,
            Instant issuedAt,
            Instant dueAt,
            ReminderState state,
            @Nullable Instant fellDueAt,
            @Nullable String completedBy,
            @Nullable Instant completedAt,
            @Nullable String note,
            @Nullable Instant cancelledAt) {

        static ReminderResponse of(ReferralFollowUp followUp) {
            FollowUpReminder reminder = followUp.reminder();
            return new ReminderResponse(
                    reminder.id().value(),
                    followUp.id().value(),
                    followUp.caseId().value(),
                    followUp.municipality(),
                    followUp.department(),
                    followUp.issuedAt(),
                    reminder.dueAt(),
                    reminder.state(),
                    reminder.fellDueAt(),
                    reminder.completedBy(),
                    reminder.completedAt(),
                    reminder.note(),
                    reminder.cancelledAt());
        }
    }

    /** Reminders, the one due first first: {@code ?state=DUE} is the coordinator's overdue list. */
    @GetMapping("/reminders")
    @Timed("infohus.notification.reminders.listed")
    List<ReminderResponse> reminders(
            @RequestParam(required = false) @Nullable ReminderState state,
            @RequestParam(required = false)
                    @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE)
                    @Nullable
                    String municipality) {
        return followUps.reminders(state, municipality).stream()
                .map(ReminderResponse::of)
                .toList();
    }

    @GetMapping("/reminders/{referralId}")
    @Timed("infohus.notification.reminders.read")
    ReminderResponse reminder(@PathVariable UUID referralId) {
        return ReminderResponse.of(followUps.followUp(new ReferralId(referralId)));
    }

    /** The follow-up meeting was held: the reminder is done, whether it fell due or not. */
    @PostMapping("/reminders/{referralId}/completion")
    @Timed("infohus.notification.reminders.completed")
    ReminderResponse complete(@PathVariable UUID referralId, @Valid @RequestBody CompletionRequest request) {
        return ReminderResponse.of(
                followUps.completeFollowUp(new ReferralId(referralId), request.completedBy(), request.note()));
    }
}
