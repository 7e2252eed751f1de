package dk.infohus.notification.followup.application;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.notification.followup.domain.CaseId;
import dk.infohus.notification.followup.domain.NotificationState;
import dk.infohus.notification.followup.domain.ReferralFollowUp;
import dk.infohus.notification.followup.domain.ReferralId;
import dk.infohus.notification.followup.domain.ReminderState;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.IllegalTransition;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.platform.security.Caller;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Following up referrals: notifying departments of referrals to them, reminding the coordinator when a
 * follow-up falls due, and recording that it was held. What a person asks for is decided by
 * {@link NeedToKnow}: a follow-up they may not see answers {@link NotFound}, exactly as one that does not
 * exist, and lists leave it out.
 */
public class FollowUpManagement {

    private static final Logger log = LoggerFactory.getLogger(FollowUpManagement.class);

    private final ReferralFollowUps followUps;
    private final Clock clock;
    private final Duration followUpAfter;
    private final int checkBatch;

    /**
     * @param followUpAfter how long after a referral is issued its follow-up falls due
     * @param checkBatch most reminders one {@link #remindOfDueFollowUps()} makes due
     */
    public FollowUpManagement(ReferralFollowUps followUps, Clock clock, Duration followUpAfter, int checkBatch) {
        this.followUps = followUps;
        this.clock = clock;
        this.followUpAfter = followUpAfter;
        this.checkBatch = checkBatch;
    }

    /** A referral was issued: notification and reminder are stored with the event id in one write. */
    public void referralIssued(
            ReferralId id,
            CaseId caseId,
            String municipality,
            String department,
            Instant issuedAt,
            String causingEventId) {
        Changed<ReferralFollowUp> issued =
                ReferralFollowUp.issue(id, caseId, municipality, department, issuedAt, followUpAfter);
        if (followUps.add(issued.aggregate(), issued.events(), causingEventId)) {
            log.info(
                    "Referral {} of case {}: department {} notified, follow-up due {}",
                    id,
                    caseId,
                    department,
                    issued.aggregate().reminder().dueAt());
        }
    }

    /** A caseworker acknowledged the referral: the department's notification counts as read. */
    public void referralAcknowledged(ReferralId id, String caseworker, Instant at, String causingEventId) {
        applyFromEvent(id, causingEventId, "acknowledge", followUp -> followUp.acknowledged(caseworker, at));
    }

    /** The department closed the referral: an open reminder is cancelled. */
    public void referralClosed(ReferralId id, Instant at, String causingEventId) {
        applyFromEvent(id, causingEventId, "close", followUp -> followUp.referralClosed(at));
    }

    /** A referral's follow-up as its coordinator sees it; not found for anyone else. */
    public ReferralFollowUp followUp(ReferralId id, Caller caller) {
        return followUps
                .find(id)
                .filter(followUp -> NeedToKnow.followsUp(caller, followUp))
                .orElseThrow(() -> new NotFound("referral", id));
    }

    /** A caseworker of the department read the notification of a referral; the caller is the reader. */
    public ReferralFollowUp read(ReferralId id, Caller caller) {
        Instant now = clock.instant();
        ReferralFollowUp read = followUps
                .update(id, followUp -> {
                    // decided on the very version the write checks, before anything changes
                    visibleOrNotFound(NeedToKnow.readsNotification(caller, followUp), id);
                    return followUp.read(caller.userId(), now);
                })
                .orElseThrow(() -> new NotFound("referral", id));
        log.info("Notification of referral {} read", id);
        return read;
    }

    /** The follow-up meeting on a referral was held; the calling coordinator records it. */
    public ReferralFollowUp completeFollowUp(ReferralId id, Caller caller, @Nullable String note) {
        Instant now = clock.instant();
        ReferralFollowUp done = followUps
                .update(id, followUp -> {
                    visibleOrNotFound(NeedToKnow.followsUp(caller, followUp), id);
                    return followUp.completeFollowUp(caller.userId(), note, now);
                })
                .orElseThrow(() -> new NotFound("referral", id));
        log.info("Follow-up of referral {} done", id);
        return done;
    }

    /**
     * A department's notifications the caller may see, oldest referral first: a caseworker asks for their
     * own department only (any other is not found), a coordinator for any department of their municipality.
     */
    public List<ReferralFollowUp> notifications(
            Caller caller, String department, @Nullable String municipality, @Nullable NotificationState state) {
        if (!NeedToKnow.listsNotificationsOf(caller, department)) {
            throw new NotFound("department", department);
        }
        Set<String> municipalities = NeedToKnow.municipalitiesFor(caller, municipality);
        if (municipalities.isEmpty()) {
            return List.of();
        }
        return followUps.notificationsOf(department, municipalities, state).stream()
                .filter(followUp -> NeedToKnow.seesNotification(caller, followUp))
                .toList();
    }

    /** The reminders of the caller's municipality, the one due first first. */
    public List<ReferralFollowUp> reminders(
            Caller caller, @Nullable ReminderState state, @Nullable String municipality) {
        Set<String> municipalities = NeedToKnow.municipalitiesFor(caller, municipality);
        if (municipalities.isEmpty()) {
            return List.of();
        }
        return followUps.reminders(state, municipalities).stream()
                .filter(followUp -> NeedToKnow.followsUp(caller, followUp))
                .toList();
    }

    /**
     * Makes every scheduled reminder whose time has come due, each in a write of its own with its
     * {@code FollowUpReminderDue} event. One that fails is left scheduled for the next check.
     *
     * @return how many reminders fell due
     */
    public int remindOfDueFollowUps() {
        Instant now = clock.instant();
        int fellDue = 0;
        for (ReferralId id : followUps.scheduledDueBy(now, checkBatch)) {
            try {
                if (followUps.update(id, followUp -> followUp.fallDue(now)).isPresent()) {
                    fellDue++;
                    log.info("Follow-up of referral {} fell due", id);
                }
            } catch (IllegalTransition e) {
                // done or cancelled since it was found: nothing to remind of
                log.debug("Follow-up of referral {} is {} already", id, e.currentState());
            } catch (RuntimeException e) {
                log.warn("Follow-up of referral {} not made due, the next check retries: {}", id, e.toString());
            }
        }
        return fellDue;
    }

    private static void visibleOrNotFound(boolean visible, ReferralId id) {
        if (!visible) {
            throw new NotFound("referral", id);
        }
    }

    private void applyFromEvent(
            ReferralId id, String causingEventId, String what, Function<ReferralFollowUp, List<InfohusEvent>> change) {
        if (!followUps.change(id, causingEventId, change)) {
            throw new NotFound("referral to " + what, id);
        }
    }
}
