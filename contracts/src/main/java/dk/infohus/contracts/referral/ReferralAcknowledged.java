package dk.infohus.contracts.referral;

import dk.infohus.contracts.InfohusEvent;
import java.time.Instant;
import java.util.UUID;

/** A caseworker of the department confirmed the referral was received. */
public record ReferralAcknowledged(
        UUID caseId, String municipality, Instant occurredAt, UUID referralId, String department, String caseworker)
        implements InfohusEvent {}
