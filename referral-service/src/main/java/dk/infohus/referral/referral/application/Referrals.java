package dk.infohus.referral.referral.application;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.platform.domain.Changed;
import dk.infohus.referral.referral.domain.CaseId;
import dk.infohus.referral.referral.domain.CaseReferrals;
import dk.infohus.referral.referral.domain.ReferralId;
import dk.infohus.referral.referral.domain.ReferralState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** The referrals of every case, kept together per case. */
public interface Referrals {

    /**
     * Applies what a consumed event causes to a case's referrals: creates them with {@code create} if the
     * case has none yet, otherwise changes them with {@code change}. State, caused events and the event
     * id are stored in one write; nothing happens if that event was applied before.
     *
     * @return false if the event was applied before and nothing was done
     */
    boolean apply(
            CaseId id,
            String causingEventId,
            Supplier<Changed<CaseReferrals>> create,
            Function<CaseReferrals, List<InfohusEvent>> change);

    /** The case that holds the referral. */
    Optional<CaseReferrals> findByReferral(ReferralId id);

    /**
     * Changes the case that holds the referral, storing state and caused events in one version-checked
     * write.
     *
     * @return the changed case, or empty if no case holds the referral
     * @throws org.springframework.dao.OptimisticLockingFailureException if the case changed meanwhile
     */
    Optional<CaseReferrals> changeByReferral(ReferralId id, Function<CaseReferrals, List<InfohusEvent>> change);

    /**
     * The cases of these municipalities with at least one referral to the department, in the state if one
     * is given. Cases of any other municipality are never read.
     */
    List<CaseReferrals> withReferralsTo(String department, @Nullable ReferralState state, Set<String> municipalities);
}
