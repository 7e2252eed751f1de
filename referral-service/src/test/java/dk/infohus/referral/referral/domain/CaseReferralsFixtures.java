package dk.infohus.referral.referral.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Cases with referrals for tests: {@code CaseReferralsFixtures.aCase().referredTo("a", "b").in(ACKNOWLEDGED).build()}. */
public final class CaseReferralsFixtures {

    public static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    public static final String CHILDREN = "boern-og-forebyggelse";
    public static final String EMPLOYMENT = "beskaeftigelse-25-plus";

    private CaseId caseId = new CaseId(UUID.randomUUID());
    private List<String> departments = List.of(CHILDREN);
    private ReferralState state = ReferralState.ISSUED;

    private CaseReferralsFixtures() {}

    public static CaseReferralsFixtures aCase() {
        return new CaseReferralsFixtures();
    }

    public CaseReferralsFixtures withId(CaseId caseId) {
        this.caseId = caseId;
        return this;
    }

    public CaseReferralsFixtures referredTo(String... departments) {
        this.departments = List.of(departments);
        return this;
    }

    /** Every referral of the case in {@code state}, with the times and caseworkers that state implies. */
    public CaseReferralsFixtures in(ReferralState state) {
        this.state = state;
        return this;
    }

    public CaseReferrals build() {
        Instant issued = NOW.minus(Duration.ofDays(3));
        boolean acknowledged = state != ReferralState.ISSUED;
        boolean closed = state == ReferralState.CLOSED;
        List<Referral> referrals = new ArrayList<>();
        for (String department : departments) {
            referrals.add(Referral.restore(
                    ReferralId.newId(),
                    department,
                    List.of("familie"),
                    issued,
                    state,
                    acknowledged ? issued.plus(Duration.ofDays(1)) : null,
                    acknowledged ? new Caseworker("sara") : null,
                    closed ? issued.plus(Duration.ofDays(2)) : null,
                    closed ? new Caseworker("sara") : null,
                    closed ? Outcome.MEASURES_STARTED : null));
        }
        return CaseReferrals.restore(caseId, "657", referrals);
    }
}
