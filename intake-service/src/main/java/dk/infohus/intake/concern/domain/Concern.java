package dk.infohus.intake.concern.domain;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.intake.ConcernReceived;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.TransitionTable;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A concern (bekymringshenvendelse) as intake holds it: who reported what about whom, and how far the
 * handling has come, as far as a reporter may know it.
 */
public final class Concern {

    /** Every transition intake allows; anything else is an {@code IllegalTransition}. */
    public static final TransitionTable<ConcernStatus, ConcernAction> TRANSITIONS = TransitionTable.of(
                    "concern", ConcernStatus.class, ConcernAction.class)
            .allow(ConcernStatus.RECEIVED, ConcernAction.START_HANDLING, ConcernStatus.BEING_HANDLED)
            .allow(ConcernStatus.RECEIVED, ConcernAction.CLOSE, ConcernStatus.CLOSED)
            .allow(ConcernStatus.BEING_HANDLED, ConcernAction.CLOSE, ConcernStatus.CLOSED)
            .build();

    private final ConcernId id;
    private final String municipality;
    private final String receiptFingerprint;
    private final String submissionKey;
    private final @Nullable String submissionFingerprint;
    private final Report report;
    private final @Nullable String reporterUserId;
    private final List<AttachedFile> attachments;
    private final SubjectKeys subjectKeys;
    private final List<ConcernId> earlierConcerns;
    private final Instant receivedAt;
    private ConcernStatus status;

    private Concern(
            ConcernId id,
            String municipality,
            String receiptFingerprint,
            String submissionKey,
            @Nullable String submissionFingerprint,
            Report report,
            @Nullable String reporterUserId,
            List<AttachedFile> attachments,
            SubjectKeys subjectKeys,
            List<ConcernId> earlierConcerns,
            Instant receivedAt,
            ConcernStatus status) {
        this.id = id;
        this.municipality = municipality;
        this.receiptFingerprint = receiptFingerprint;
        this.submissionKey = submissionKey;
        this.submissionFingerprint = submissionFingerprint;
        this.report = report;
        this.reporterUserId = reporterUserId;
        this.attachments = List.copyOf(attachments);
        this.subjectKeys = subjectKeys;
        this.earlierConcerns = List.copyOf(earlierConcerns);
        this.receivedAt = receivedAt;
        this.status = status;
    }

    /** A concern whose submission has no fingerprint: see the full {@code receive}. */
    public static Changed<Concern> receive(
            ConcernId id,
            String municipality,
            ReceiptCode receipt,
            String submissionKey,
            Report report,
            @Nullable String reporterUserId,
            List<AttachedFile> attachments,
            SubjectKeys subjectKeys,
            List<ConcernId> earlierConcerns,
            Instant now) {
        return receive(
                id,
                municipality,
                receipt,
                submissionKey,
                null,
                report,
                reporterUserId,
                attachments,
                subjectKeys,
                earlierConcerns,
                now);
    }

    /**
     * Accepts a concern; screening is told at once.
     *
     * @param submissionKey identifies the submission (a form's or an API call's idempotency key, keyed by
     *     who sent it), so that sending the same submission twice makes one concern
     * @param submissionFingerprint a digest of what was submitted, so that the same key with other content
     *     is told apart from the same submission again; null when not known
     * @param reporterUserId the signed-in user who reported it, or null for a citizen who was not signed in
     * @param subjectKeys the blind index of whom the concern is about
     * @param earlierConcerns earlier concerns in this municipality with a matching blind index, oldest first
     */
    public static Changed<Concern> receive(
            ConcernId id,
            String municipality,
            ReceiptCode receipt,
            String submissionKey,
            @Nullable String submissionFingerprint,
            Report report,
            @Nullable String reporterUserId,
            List<AttachedFile> attachments,
            SubjectKeys subjectKeys,
            List<ConcernId> earlierConcerns,
            Instant now) {
        Concern concern = new Concern(
                id,
                municipality,
                receipt.fingerprint(),
                submissionKey,
                submissionFingerprint,
                report,
                reporterUserId,
                attachments,
                subjectKeys,
                earlierConcerns,
                now,
                ConcernStatus.RECEIVED);
        return new Changed<>(
                concern,
                List.of(new ConcernReceived(
                        id.value(),
                        municipality,
                        now,
                        report.subject().kind().name(),
                        report.reporter().kind().name(),
                        report.acute(),
                        report.concernSigns(),
                        PersonalDataOf.report(report),
                        earlierConcerns.stream().map(ConcernId::value).toList())));
    }

    /** Rebuilds a stored concern whose submission's fingerprint is not known. */
    public static Concern restore(
            ConcernId id,
            String municipality,
            String receiptFingerprint,
            String submissionKey,
            Report report,
            @Nullable String reporterUserId,
            List<AttachedFile> attachments,
            SubjectKeys subjectKeys,
            List<ConcernId> earlierConcerns,
            Instant receivedAt,
            ConcernStatus status) {
        return restore(
                id,
                municipality,
                receiptFingerprint,
                submissionKey,
                null,
                report,
                reporterUserId,
                attachments,
                subjectKeys,
                earlierConcerns,
                receivedAt,
                status);
    }

    /** Rebuilds a stored concern. */
    public static Concern restore(
            ConcernId id,
            String municipality,
            String receiptFingerprint,
            String submissionKey,
            @Nullable String submissionFingerprint,
            Report report,
            @Nullable String reporterUserId,
            List<AttachedFile> attachments,
            SubjectKeys subjectKeys,
            List<ConcernId> earlierConcerns,
            Instant receivedAt,
            ConcernStatus status) {
        return new Concern(
                id,
                municipality,
                receiptFingerprint,
                submissionKey,
                submissionFingerprint,
                report,
                reporterUserId,
                attachments,
                subjectKeys,
                earlierConcerns,
                receivedAt,
                status);
    }

    /** Police screening began. */
    public List<InfohusEvent> startHandling() {
        status = TRANSITIONS.apply(status, ConcernAction.START_HANDLING);
        return List.of();
    }

    /** The coordinators closed or redirected the concern. */
    public List<InfohusEvent> close() {
        status = TRANSITIONS.apply(status, ConcernAction.CLOSE);
        return List.of();
    }

    public ConcernId id() {
        return id;
    }

    public String municipality() {
        return municipality;
    }

    public String receiptFingerprint() {
        return receiptFingerprint;
    }

    public String submissionKey() {
        return submissionKey;
    }

    /** A digest of what was submitted; null for a concern stored before digests were kept. */
    public @Nullable String submissionFingerprint() {
        return submissionFingerprint;
    }

    public Report report() {
        return report;
    }

    public Reporter reporter() {
        return report.reporter();
    }

    /** The signed-in user who reported the concern; empty when a citizen reported without signing in. */
    public @Nullable String reporterUserId() {
        return reporterUserId;
    }

    /** Whether this signed-in user reported the concern themselves. */
    public boolean reportedBy(String userId) {
        return userId.equals(reporterUserId);
    }

    public Subject subject() {
        return report.subject();
    }

    public Account account() {
        return report.account();
    }

    public boolean acute() {
        return report.acute();
    }

    public List<String> concernSigns() {
        return report.concernSigns();
    }

    public List<AttachedFile> attachments() {
        return attachments;
    }

    public SubjectKeys subjectKeys() {
        return subjectKeys;
    }

    /** Earlier concerns about the same person or group in this municipality when this one came in. */
    public List<ConcernId> earlierConcerns() {
        return earlierConcerns;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public ConcernStatus status() {
        return status;
    }

    /** What the holder of the receipt may learn. */
    public ReceiptStatus receiptStatus() {
        return new ReceiptStatus(status, report.reporter().kind().mustGiveName());
    }
}
