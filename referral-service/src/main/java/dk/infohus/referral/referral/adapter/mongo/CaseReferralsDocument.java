package dk.infohus.referral.referral.adapter.mongo;

import dk.infohus.platform.outbox.OutboxDocument;
import dk.infohus.referral.referral.domain.CaseId;
import dk.infohus.referral.referral.domain.CaseReferrals;
import dk.infohus.referral.referral.domain.Caseworker;
import dk.infohus.referral.referral.domain.Outcome;
import dk.infohus.referral.referral.domain.Referral;
import dk.infohus.referral.referral.domain.ReferralId;
import dk.infohus.referral.referral.domain.ReferralState;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The referrals of one case as stored, under the case id: every referral, the outbox and the consumed
 * event ids in one document, so that one write issues all the referrals a recommendation causes.
 */
@Document("referrals")
@CompoundIndex(name = "referral_id", def = "{'referrals.referralId': 1}")
@CompoundIndex(
        name = "municipality_department_inbox",
        def = "{'municipality': 1, 'referrals.department': 1, 'referrals.state': 1}")
class CaseReferralsDocument extends OutboxDocument {

    @Id
    private String id;

    private String municipality;
    private List<StoredReferral> referrals;

    /** Named {@code referralId}, not {@code id}, which Spring Data would map to {@code _id}. */
    record StoredReferral(
            String referralId,
            String department,
            List<String> focusDimensions,
            String state,
            Instant issuedAt,
            @Nullable Instant acknowledgedAt,
            @Nullable String acknowledgedBy,
            @Nullable Instant closedAt,
            @Nullable String closedBy,
            @Nullable String outcome) {

        static StoredReferral of(Referral referral) {
            return new StoredReferral(
                    referral.id().toString(),
                    referral.department(),
                    referral.focusDimensions(),
                    referral.state().name(),
                    referral.issuedAt(),
                    referral.acknowledgedAt(),
                    userIdOf(referral.acknowledgedBy()),
                    referral.closedAt(),
                    userIdOf(referral.closedBy()),
                    referral.outcome() == null ? null : referral.outcome().name());
        }

        Referral toReferral() {
            return Referral.restore(
                    new ReferralId(UUID.fromString(referralId)),
                    department,
                    focusDimensions == null ? List.of() : focusDimensions,
                    issuedAt,
                    ReferralState.valueOf(state),
                    acknowledgedAt,
                    acknowledgedBy == null ? null : new Caseworker(acknowledgedBy),
                    closedAt,
                    closedBy == null ? null : new Caseworker(closedBy),
                    outcome == null ? null : Outcome.valueOf(outcome));
        }

        private static @Nullable String userIdOf(@Nullable Caseworker caseworker) {
            return caseworker == null ? null : caseworker.userId();
        }
    }

    static CaseReferralsDocument of(CaseReferrals caseReferrals) {
        CaseReferralsDocument document = new CaseReferralsDocument();
        document.id = caseReferrals.caseId().toString();
        document.municipality = caseReferrals.municipality();
        document.update(caseReferrals);
        return document;
    }

    /** Takes the case's referrals; outbox, consumed ids and version stay. */
    void update(CaseReferrals caseReferrals) {
        this.referrals =
                caseReferrals.referrals().stream().map(StoredReferral::of).toList();
    }

    CaseReferrals toCaseReferrals() {
        return CaseReferrals.restore(
                new CaseId(UUID.fromString(id)),
                municipality,
                referrals.stream().map(StoredReferral::toReferral).toList());
    }

    @Override
    public Object id() {
        return id;
    }
}
