package dk.infohus.referral.referral.domain;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.referral.ReferralAcknowledged;
import dk.infohus.contracts.referral.ReferralClosed;
import dk.infohus.contracts.referral.ReferralIssued;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.domain.NotFound;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Every referral of one case. One recommendation refers a case to several departments at once; keeping
 * the case's referrals together lets all of them, their events and the consumed recommendation's id be
 * stored in one write, so none is lost or issued twice without a transaction. Each {@link Referral}
 * follows its own {@link Referral#TRANSITIONS}.
 */
public final class CaseReferrals {

    /** A department code, as the events' schemas allow. */
    private static final Pattern DEPARTMENT = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private static final int DEPARTMENT_MAX_LENGTH = 60;

    private final CaseId caseId;
    private final String municipality;
    private final List<Referral> referrals;

    private CaseReferrals(CaseId caseId, String municipality, List<Referral> referrals) {
        this.caseId = caseId;
        this.municipality = municipality;
        this.referrals = new ArrayList<>(referrals);
    }

    /** Infohus recommended the case's first referrals: one to each department it named. */
    public static Changed<CaseReferrals> issue(
            CaseId caseId, String municipality, List<String> departments, List<String> focusDimensions, Instant now) {
        CaseReferrals referrals = new CaseReferrals(caseId, municipality, List.of());
        List<InfohusEvent> events = referrals.recommend(departments, focusDimensions, now);
        return new Changed<>(referrals, events);
    }

    /** Rebuilds a stored case. */
    public static CaseReferrals restore(CaseId caseId, String municipality, List<Referral> referrals) {
        return new CaseReferrals(caseId, municipality, referrals);
    }

    /**
     * Infohus recommended (again): a referral to each department named that has none open. A department
     * that still has the case, issued or acknowledged, is not referred twice; one that closed its
     * referral is referred anew.
     */
    public List<InfohusEvent> recommend(List<String> departments, List<String> focusDimensions, Instant now) {
        if (departments.isEmpty()) {
            throw new InvalidInput("departments", "name at least one department to refer the case to");
        }
        departments.forEach(CaseReferrals::checkDepartment);
        List<InfohusEvent> events = new ArrayList<>();
        for (String department : new LinkedHashSet<>(departments)) {
            if (referrals.stream().anyMatch(r -> r.department().equals(department) && r.open())) {
                continue;
            }
            Referral referral = Referral.issue(ReferralId.newId(), department, focusDimensions, now);
            referrals.add(referral);
            events.add(new ReferralIssued(
                    caseId.value(), municipality, now, referral.id().value(), department));
        }
        return events;
    }

    /** A caseworker of the department confirms the referral was received. */
    public List<InfohusEvent> acknowledge(ReferralId id, Caseworker by, Instant now) {
        Referral referral = referralOrFail(id);
        referral.acknowledge(by, now);
        return List.of(new ReferralAcknowledged(
                caseId.value(), municipality, now, id.value(), referral.department(), by.userId()));
    }

    /** The department reports back what it decided, and the referral is closed. */
    public List<InfohusEvent> close(ReferralId id, Caseworker by, Outcome outcome, Instant now) {
        Referral referral = referralOrFail(id);
        referral.close(by, outcome, now);
        return List.of(new ReferralClosed(
                caseId.value(), municipality, now, id.value(), referral.department(), by.userId(), outcome.name()));
    }

    public Optional<Referral> referral(ReferralId id) {
        return referrals.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The case's referrals to a department, in one state or in any when {@code state} is null. */
    public List<Referral> referralsTo(String department, @Nullable ReferralState state) {
        return referrals.stream()
                .filter(r -> r.department().equals(department))
                .filter(r -> state == null || r.state() == state)
                .toList();
    }

    public CaseId caseId() {
        return caseId;
    }

    public String municipality() {
        return municipality;
    }

    /** In the order they were issued. */
    public List<Referral> referrals() {
        return List.copyOf(referrals);
    }

    private Referral referralOrFail(ReferralId id) {
        return referral(id).orElseThrow(() -> new NotFound("referral", id));
    }

    private static void checkDepartment(String department) {
        if (department.length() > DEPARTMENT_MAX_LENGTH
                || !DEPARTMENT.matcher(department).matches()) {
            throw new InvalidInput("departments", "must be department codes such as boern-og-forebyggelse");
        }
    }
}
