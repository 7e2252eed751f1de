package dk.infohus.intake.concern.domain;

/**
 * What a reporter holding the receipt may learn about their concern: how far it has come, never details.
 *
 * @param professionalReporter the concern was reported by staff or a partner, who will later also learn
 *     whether it led to an investigation or measures (when referrals report back to intake)
 */
public record ReceiptStatus(ConcernStatus status, boolean professionalReporter) {}
