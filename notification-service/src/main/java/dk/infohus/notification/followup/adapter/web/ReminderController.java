package dk.infohus.notification.followup.adapter.web;

import dk.infohus.contracts.Role;
import dk.infohus.notification.followup.application.FollowUpManagement;
import dk.infohus.notification.followup.domain.FollowUpReminder;
import dk.infohus.notification.followup.domain.ReferralFollowUp;
import dk.infohus.notification.followup.domain.ReferralId;
import dk.infohus.notification.followup.domain.ReminderState;
import dk.infohus.platform.security.Allow;
import dk.infohus.platform.security.Caller;
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

    /**
     * The reminders of the coordinator's municipality, the one due first first: {@code ?state=DUE} is their
     * overdue list.
     */
    @GetMapping("/reminders")
    @Allow(Role.MUNICIPAL_COORDINATOR)
    @Timed("infohus.notification.reminders.listed")
    List<ReminderResponse> reminders(
            Caller caller,
            @RequestParam(required = false) @Nullable ReminderState state,
            @RequestParam(required = false)
                    @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE)
                    @Nullable
                    String municipality) {
        return followUps.reminders(caller, state, municipality).stream()
                .map(ReminderResponse::of)
                .toList();
    }

    @GetMapping("/reminders/{referralId}")
    @Allow(Role.MUNICIPAL_COORDINATOR)
    @Timed("infohus.notification.reminders.read")
    ReminderResponse reminder(@PathVariable UUID referralId, Caller caller) {
        return ReminderResponse.of(followUps.followUp(new ReferralId(referralId), caller));
    }

    /**
     * The follow-up meeting was held: the reminder is done, whether it fell due or not, by the calling
     * coordinator. The body may be left out when there is no note.
     */
    @PostMapping("/reminders/{referralId}/completion")
    @Allow(Role.MUNICIPAL_COORDINATOR)
    @Timed("infohus.notification.reminders.completed")
    ReminderResponse complete(
            @PathVariable UUID referralId,
            @Valid @RequestBody(required = false) @Nullable CompletionRequest request,
            Caller caller) {
        String note = request == null ? null : request.note();
        return ReminderResponse.of(followUps.completeFollowUp(new ReferralId(referralId), caller, note));
    }
}
