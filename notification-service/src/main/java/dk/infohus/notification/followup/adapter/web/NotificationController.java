package dk.infohus.notification.followup.adapter.web;

import dk.infohus.contracts.Role;
import dk.infohus.notification.followup.application.FollowUpManagement;
import dk.infohus.notification.followup.domain.DepartmentNotification;
import dk.infohus.notification.followup.domain.NotificationState;
import dk.infohus.notification.followup.domain.ReferralFollowUp;
import dk.infohus.notification.followup.domain.ReferralId;
import dk.infohus.platform.security.Allow;
import dk.infohus.platform.security.Caller;
import io.micrometer.core.annotation.Timed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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

/** The departments' notifications of referrals to them. */
@RestController
@RequestMapping("/api")
class NotificationController {

    private final FollowUpManagement followUps;

    NotificationController(FollowUpManagement followUps) {
        this.followUps = followUps;
    }

    record NotificationResponse(
            UUID referralId,
            UUID caseId,
            String municipality,
            String department,
            Instant issuedAt,
            NotificationState state,
            @Nullable String readBy,
            @Nullable Instant readAt) {

        static NotificationResponse of(ReferralFollowUp followUp) {
            DepartmentNotification notification = followUp.notification();
            return new NotificationResponse(
                    followUp.id().value(),
                    followUp.caseId().value(),
                    followUp.municipality(),
                    followUp.department(),
                    followUp.issuedAt(),
                    notification.state(),
                    notification.readBy(),
                    notification.readAt());
        }
    }

    /**
     * A department's notifications, oldest referral first; all states unless {@code state} is given. A
     * caseworker lists their own department's, a coordinator any department's, both of their own
     * municipality only.
     */
    @GetMapping("/notifications")
    @Allow({Role.DEPARTMENT_CASEWORKER, Role.MUNICIPAL_COORDINATOR})
    @Timed("infohus.notification.notifications.listed")
    List<NotificationResponse> notifications(
            Caller caller,
            @RequestParam @Size(max = 60) @Pattern(regexp = Codes.DEPARTMENT, message = Codes.DEPARTMENT_MESSAGE)
                    String department,
            @RequestParam(required = false)
                    @Pattern(regexp = Codes.MUNICIPALITY, message = Codes.MUNICIPALITY_MESSAGE)
                    @Nullable
                    String municipality,
            @RequestParam(required = false) @Nullable NotificationState state) {
        return followUps.notifications(caller, department, municipality, state).stream()
                .map(NotificationResponse::of)
                .toList();
    }

    /** A caseworker of the referral's department read its notification; the body may be left out. */
    @PostMapping("/notifications/{referralId}/read")
    @Allow(Role.DEPARTMENT_CASEWORKER)
    @Timed("infohus.notification.notifications.read")
    NotificationResponse read(
            @PathVariable UUID referralId,
            @RequestBody(required = false) @Nullable ReadRequest request,
            Caller caller) {
        return NotificationResponse.of(followUps.read(new ReferralId(referralId), caller));
    }
}
