package dk.infohus.referral.referral.application;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.platform.security.Caller;
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

    /**
     * A referral the caller may see: a caseworker of its department, or the coordinator of its
     * municipality. To anyone else it does not exist.
     */
    public CaseReferral referral(ReferralId id, Caller caller) {
        return referrals
                .findByReferral(id)
                .map(found -> of(found, id))
                .filter(found -> ReferralAccess.maySee(
                        caller, found.municipality(), found.referral().department()))
                .orElseThrow(() -> notFound(id));
    }

    /**
     * A department's referrals in the caller's municipality, oldest first; in one state, or in any when
     * {@code state} is null. A caseworker may list only their own department's: any other department's
     * inbox does not exist for them.
     */
    public List<CaseReferral> inbox(String department, @Nullable ReferralState state, Caller caller) {
        if (!ReferralAccess.mayListInboxOf(caller, department)) {
            throw new NotFound("inbox of department", department);
        }
        return referrals.withReferralsTo(department, state, caller.municipalities()).stream()
                .flatMap(found -> found.referralsTo(department, state).stream()
                        .map(referral -> new CaseReferral(found.caseId(), found.municipality(), referral)))
                // the query already keeps to the caller's municipalities; the same rule as for one referral
                // guards the list, so that a list never shows what the referral itself would not
                .filter(found -> ReferralAccess.maySee(
                        caller, found.municipality(), found.referral().department()))
                .sorted(Comparator.comparing(
                                (CaseReferral found) -> found.referral().issuedAt())
                        .thenComparing(found -> found.referral().id().value()))
                .toList();
    }

    /** A caseworker of the referral's department confirms it was received; they act as themselves. */
    public CaseReferral acknowledge(ReferralId id, Caller caller) {
        Caseworker by = new Caseworker(caller.userId());
        CaseReferral changed = change(id, caller, found -> found.acknowledge(id, by, clock.instant()));
        log.info(
                "Referral {} of case {} acknowledged by department {}",
                id,
                changed.caseId(),
                changed.referral().department());
        return changed;
    }

    /** A caseworker of the referral's department reports back and closes it. */
    public CaseReferral close(ReferralId id, Caller caller, Outcome outcome) {
        Caseworker by = new Caseworker(caller.userId());
        CaseReferral changed = change(id, caller, found -> found.close(id, by, outcome, clock.instant()));
        log.info(
                "Referral {} of case {} closed by department {}: {}",
                id,
                changed.caseId(),
                changed.referral().department(),
                outcome);
        return changed;
    }

    /**
     * Changes a referral the caller may act on. Whether they may is decided on the loaded case before the
     * change, so that a referral they may not act on answers as if it did not exist, whatever its state,
     * and nothing is written.
     */
    private CaseReferral change(ReferralId id, Caller caller, Function<CaseReferrals, List<InfohusEvent>> change) {
        CaseReferrals changed = referrals
                .changeByReferral(id, found -> {
                    Referral referral = found.referral(id).orElseThrow(() -> notFound(id));
                    if (!ReferralAccess.mayActOn(caller, found.municipality(), referral.department())) {
                        throw notFound(id);
                    }
                    return change.apply(found);
                })
                .orElseThrow(() -> notFound(id));
        return of(changed, id);
    }

    private static NotFound notFound(ReferralId id) {
        return new NotFound("referral", id);
    }

    private static CaseReferral of(CaseReferrals found, ReferralId id) {
        return new CaseReferral(
                found.caseId(), found.municipality(), found.referral(id).orElseThrow(() -> notFound(id)));
    }
}
