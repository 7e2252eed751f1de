package dk.infohus.contracts.notification;

import dk.infohus.contracts.InfohusEvent;
import java.time.Instant;
import java.util.UUID;

/** A follow-up on a referral fell due and the coordinator is to be reminded. */
public record FollowUpReminderDue(
        UUID caseId, String municipality, Instant occurredAt, UUID reminderId, UUID referralId, String department)
        implements InfohusEvent {}
