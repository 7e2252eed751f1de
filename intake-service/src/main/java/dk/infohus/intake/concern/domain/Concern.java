package dk.infohus.intake.concern.domain;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.intake.ConcernReceived;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.InvalidInput;
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
    private final Reporter reporter;
    private final @Nullable String reporterUserId;
    private final Subject subject;
    private final String account;
    private final boolean acute;
    private final List<String> concernSigns;
    private final Instant receivedAt;
    private ConcernStatus status;

    private Concern(
            ConcernId id,
            String municipality,
            String receiptFingerprint,
            Reporter reporter,
            @Nullable String reporterUserId,
            Subject subject,
            String account,
            boolean acute,
            List<String> concernSigns,
            Instant receivedAt,
            ConcernStatus status) {
        this.id = id;
        this.municipality = municipality;
        this.receiptFingerprint = receiptFingerprint;
        this.reporter = reporter;
        this.reporterUserId = reporterUserId;
        this.subject = subject;
        this.account = account;
        this.acute = acute;
        this.concernSigns = List.copyOf(concernSigns);
        this.receivedAt = receivedAt;
        this.status = status;
    }

    /**
     * Accepts a concern; screening is told at once.
     *
     * @param reporterUserId the signed-in user who reported it, or null for a citizen who was not signed in
     */
    public static Changed<Concern> receive(
            ConcernId id,
            String municipality,
            ReceiptCode receipt,
            Reporter reporter,
            @Nullable String reporterUserId,
            Subject subject,
            String account,
            boolean acute,
            List<String> concernSigns,
            Instant now) {
        if (account.isBlank()) {
            throw new InvalidInput("account", "tell what you have seen or heard");
        }
        Concern concern = new Concern(
                id,
                municipality,
                receipt.fingerprint(),
                reporter,
                reporterUserId,
                subject,
                account,
                acute,
                concernSigns,
                now,
                ConcernStatus.RECEIVED);
        return new Changed<>(
                concern,
                List.of(new ConcernReceived(
                        id.value(),
                        municipality,
                        now,
                        subject.kind().name(),
                        reporter.kind().name(),
                        acute,
                        concernSigns,
                        subject.asPersonalData(account))));
    }

    /** Rebuilds a stored concern. */
    public static Concern restore(
            ConcernId id,
            String municipality,
            String receiptFingerprint,
            Reporter reporter,
            @Nullable String reporterUserId,
            Subject subject,
            String account,
            boolean acute,
            List<String> concernSigns,
            Instant receivedAt,
            ConcernStatus status) {
        return new Concern(
                id,
                municipality,
                receiptFingerprint,
                reporter,
                reporterUserId,
                subject,
                account,
                acute,
                concernSigns,
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

    public Reporter reporter() {
        return reporter;
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
        return subject;
    }

    public String account() {
        return account;
    }

    public boolean acute() {
        return acute;
    }

    public List<String> concernSigns() {
        return concernSigns;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public ConcernStatus status() {
        return status;
    }
}
