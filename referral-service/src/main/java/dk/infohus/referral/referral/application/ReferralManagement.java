package dk.infohus.referral.referral.application;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.referral.referral.domain.CaseId;
import dk.infohus.referral.referral.domain.CaseReferrals;
import dk.infohus.referral.referral.domain.Caseworker;
import dk.infohus.referral.referral.domain.Outcome;
import dk.infohus.referral.referral.domain.Referral;
import dk.infohus.referral.referral.domain.ReferralId;
import dk.infohus.referral.referral.domain.ReferralState;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Referring cases to the departments Infohus recommended, and following each referral to its close. */
public class ReferralManagement {

    private static final Logger log = LoggerFactory.getLogger(ReferralManagement.class);

    private final Referrals referrals;
    private final Clock clock;

    public ReferralManagement(Referrals referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    /** A referral with the case it belongs to. */
    public record CaseReferral(CaseId caseId, String municipality, Referral referral) {}

    /**
     * Infohus recommended departments for a case: one referral to each, all issued in one write together
     * with the id of the event that recommended them.
     */
    public void recommend(
            CaseId caseId,
            String municipality,
            List<String> departments,
            List<String> focusDimensions,
            String causingEventId) {
        Instant now = clock.instant();
        boolean applied = referrals.apply(
                caseId,
                causingEventId,
                () -> CaseReferrals.issue(caseId, municipality, departments, focusDimensions, now),
                existing -> existing.recommend(departments, focusDimensions, now));
        if (applied) {
            log.info("Case {} referred as recommended to {}", caseId, departments);
        } else {
            log.info("Recommendation {} for case {} was applied before; nothing done", causingEventId, caseId);
        }
    }

    public CaseReferral referral(ReferralId id) {
        CaseReferrals found = referrals.findByReferral(id).orElseThrow(() -> new NotFound("referral", id));
        return of(found, id);
    }

    /** A department's referrals, oldest first; in one state, or in any when {@code state} is null. */
    public List<CaseReferral> inbox(String department, @Nullable ReferralState state) {
        return referrals.withReferralsTo(department, state).stream()
                .flatMap(found -> found.referralsTo(department, state).stream()
                        .map(referral -> new CaseReferral(found.caseId(), found.municipality(), referral)))
                .sorted(Comparator.comparing(
                                (CaseReferral found) -> found.referral().issuedAt())
                        .thenComparing(found -> found.referral().id().value()))
                .toList();
    }

    public CaseReferral acknowledge(ReferralId id, Caseworker by) {
        CaseReferral changed = change(id, found -> found.acknowledge(id, by, clock.instant()));
        log.info(
                "Referral {} of case {} acknowledged by department {}",
                id,
                changed.caseId(),
                changed.referral().department());
        return changed;
    }

    public CaseReferral close(ReferralId id, Caseworker by, Outcome outcome) {
        CaseReferral changed = change(id, found -> found.close(id, by, outcome, clock.instant()));
        log.info(
                "Referral {} of case {} closed by department {}: {}",
                id,
                changed.caseId(),
                changed.referral().department(),
                outcome);
        return changed;
    }

    private CaseReferral change(ReferralId id, Function<CaseReferrals, List<InfohusEvent>> change) {
        CaseReferrals changed = referrals.changeByReferral(id, change).orElseThrow(() -> new NotFound("referral", id));
        return of(changed, id);
    }

    private static CaseReferral of(CaseReferrals found, ReferralId id) {
        return new CaseReferral(
                found.caseId(),
                found.municipality(),
                found.referral(id).orElseThrow(() -> new NotFound("referral", id)));
    }
}
