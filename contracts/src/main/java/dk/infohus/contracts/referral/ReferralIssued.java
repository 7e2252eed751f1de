package dk.infohus.contracts.referral;

import dk.infohus.contracts.InfohusEvent;
import java.time.Instant;
import java.util.UUID;

/** A department was referred a case and is to assess it under its own law. */
public record ReferralIssued(UUID caseId, String municipality, Instant occurredAt, UUID referralId, String department)
        implements InfohusEvent {}
