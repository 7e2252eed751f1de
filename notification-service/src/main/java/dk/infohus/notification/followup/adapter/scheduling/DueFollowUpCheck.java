package dk.infohus.notification.followup.adapter.scheduling;

import dk.infohus.notification.followup.application.FollowUpManagement;
import io.micrometer.core.annotation.Timed;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for follow-ups that fell due, every {@code infohus.follow-up.check-interval}. */
@Component
class DueFollowUpCheck {

    private final FollowUpManagement followUps;

    DueFollowUpCheck(FollowUpManagement followUps) {
        this.followUps = followUps;
    }

    @Scheduled(
            fixedDelayString = "${infohus.follow-up.check-interval}",
            initialDelayString = "${infohus.follow-up.check-interval}")
    @Timed("infohus.notification.follow-up-check")
    void check() {
        followUps.remindOfDueFollowUps();
    }
}
