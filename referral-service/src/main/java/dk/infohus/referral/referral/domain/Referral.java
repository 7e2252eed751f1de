package dk.infohus.referral.referral.domain;

import dk.infohus.platform.domain.TransitionTable;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One department's referral of a case: issued, acknowledged by a caseworker of the department, closed
 * when the department reports back. It lives inside its case's {@link CaseReferrals}, so that all the
 * referrals one recommendation causes are stored in one write.
 */
public final class Referral {

    /** Every transition a referral allows; anything else is an {@code IllegalTransition}. */
    public static final TransitionTable<ReferralState, ReferralAction> TRANSITIONS = TransitionTable.of(
                    "referral", ReferralState.class, ReferralAction.class)
            .allow(ReferralState.ISSUED, ReferralAction.ACKNOWLEDGE, ReferralState.ACKNOWLEDGED)
            .allow(ReferralState.ACKNOWLEDGED, ReferralAction.CLOSE, ReferralState.CLOSED)
            .build();

    private final ReferralId id;
    private final String department;
    private final List<String> focusDimensions;
    private final Instant issuedAt;
    private ReferralState state;
    private @Nullable Instant acknowledgedAt;
    private @Nullable Caseworker acknowledgedBy;
    private @Nullable Instant closedAt;
    private @Nullable Caseworker closedBy;
    private @Nullable Outcome outcome;

    private Referral(
            ReferralId id,
            String department,
            List<String> focusDimensions,
            Instant issuedAt,
            ReferralState state,
            @Nullable Instant acknowledgedAt,
            @Nullable Caseworker acknowledgedBy,
            @Nullable Instant closedAt,
            @Nullable Caseworker closedBy,
            @Nullable Outcome outcome) {
        this.id = id;
        this.department = department;
        this.focusDimensions = List.copyOf(focusDimensions);
        this.issuedAt = issuedAt;
        this.state = state;
        this.acknowledgedAt = acknowledgedAt;
        this.acknowledgedBy = acknowledgedBy;
        this.closedAt = closedAt;
        this.closedBy = closedBy;
        this.outcome = outcome;
    }

    static Referral issue(ReferralId id, String department, List<String> focusDimensions, Instant now) {
        return new Referral(id, department, focusDimensions, now, ReferralState.ISSUED, null, null, null, null, null);
    }

    /** Rebuilds a stored referral. */
    public static Referral restore(
            ReferralId id,
            String department,
            List<String> focusDimensions,
            Instant issuedAt,
            ReferralState state,
            @Nullable Instant acknowledgedAt,
            @Nullable Caseworker acknowledgedBy,
            @Nullable Instant closedAt,
            @Nullable Caseworker closedBy,
            @Nullable Outcome outcome) {
        return new Referral(
                id,
                department,
                focusDimensions,
                issuedAt,
                state,
                acknowledgedAt,
                acknowledgedBy,
                closedAt,
                closedBy,
                outcome);
    }

    void acknowledge(Caseworker by, Instant now) {
        state = TRANSITIONS.apply(state, ReferralAction.ACKNOWLEDGE);
        acknowledgedAt = now;
        acknowledgedBy = by;
    }

    void close(Caseworker by, Outcome reported, Instant now) {
        state = TRANSITIONS.apply(state, ReferralAction.CLOSE);
        closedAt = now;
        closedBy = by;
        outcome = reported;
    }

    /** Still with the department: issued or acknowledged, not yet closed. */
    public boolean open() {
        return state != ReferralState.CLOSED;
    }

    public ReferralId id() {
        return id;
    }

    /** The department's code, e.g. {@code boern-og-forebyggelse}. */
    public String department() {
        return department;
    }

    /** Codes of the assessment tool's dimensions Infohus asked to focus on when it recommended this referral. */
    public List<String> focusDimensions() {
        return focusDimensions;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public ReferralState state() {
        return state;
    }

    public @Nullable Instant acknowledgedAt() {
        return acknowledgedAt;
    }

    public @Nullable Caseworker acknowledgedBy() {
        return acknowledgedBy;
    }

    public @Nullable Instant closedAt() {
        return closedAt;
    }

    public @Nullable Caseworker closedBy() {
        return closedBy;
    }

    public @Nullable Outcome outcome() {
        return outcome;
    }
}
