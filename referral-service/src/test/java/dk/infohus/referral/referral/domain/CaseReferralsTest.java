package dk.infohus.referral.referral.domain;

import static dk.infohus.referral.referral.domain.CaseReferralsFixtures.CHILDREN;
import static dk.infohus.referral.referral.domain.CaseReferralsFixtures.EMPLOYMENT;
import static dk.infohus.referral.referral.domain.CaseReferralsFixtures.NOW;
import static dk.infohus.referral.referral.domain.CaseReferralsFixtures.aCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.referral.ReferralAcknowledged;
import dk.infohus.contracts.referral.ReferralClosed;
import dk.infohus.contracts.referral.ReferralIssued;
import dk.infohus.platform.domain.IllegalTransition;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.domain.NotFound;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CaseReferralsTest {

    private static final Caseworker CASEWORKER = new Caseworker("karin-7f3a");

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(ReferralState.values())
                .flatMap(state -> Stream.of(ReferralAction.values()).map(action -> Arguments.of(state, action)));
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyStateAndAction")
    void eachReferralFollowsItsTransitionTableExactly(ReferralState from, ReferralAction action) {
        CaseReferrals caseReferrals = aCase().referredTo(CHILDREN).in(from).build();
        Referral referral = caseReferrals.referrals().get(0);

        var expected = Referral.TRANSITIONS.lookup(from, action);

        if (expected.isPresent()) {
            List<InfohusEvent> events = perform(caseReferrals, referral.id(), action);
            assertThat(referral.state()).isEqualTo(expected.get());
            assertThat(events).singleElement().isInstanceOf(eventOf(action));
        } else {
            assertThatThrownBy(() -> perform(caseReferrals, referral.id(), action))
                    .isInstanceOf(IllegalTransition.class)
                    .hasMessageContaining(from.name())
                    .extracting("aggregate")
                    .isEqualTo("referral");
            assertThat(referral.state()).isEqualTo(from);
        }
    }

    @Test
    void theTableLeadsEveryReferralFromIssuedToClosedAndNoFurther() {
        assertThat(Referral.TRANSITIONS.lookup(ReferralState.ISSUED, ReferralAction.ACKNOWLEDGE))
                .contains(ReferralState.ACKNOWLEDGED);
        assertThat(Referral.TRANSITIONS.lookup(ReferralState.ACKNOWLEDGED, ReferralAction.CLOSE))
                .contains(ReferralState.CLOSED);
        assertThat(Stream.of(ReferralAction.values()))
                .noneMatch(action -> Referral.TRANSITIONS.allows(ReferralState.CLOSED, action));
    }

    @Test
    void aRecommendationIssuesOneReferralPerDepartmentWithOneEventEach() {
        CaseId caseId = new CaseId(UUID.randomUUID());

        var issued = CaseReferrals.issue(caseId, "657", List.of(CHILDREN, EMPLOYMENT), List.of("familie"), NOW);

        List<Referral> referrals = issued.aggregate().referrals();
        assertThat(referrals).extracting(Referral::department).containsExactly(CHILDREN, EMPLOYMENT);
        assertThat(referrals).allSatisfy(referral -> {
            assertThat(referral.state()).isEqualTo(ReferralState.ISSUED);
            assertThat(referral.issuedAt()).isEqualTo(NOW);
            assertThat(referral.focusDimensions()).containsExactly("familie");
        });
        assertThat(referrals).extracting(Referral::id).doesNotHaveDuplicates();
        assertThat(issued.events())
                .hasSize(2)
                .allSatisfy(event -> assertThat(event).isInstanceOf(ReferralIssued.class));
        assertThat(issued.events())
                .map(ReferralIssued.class::cast)
                .extracting(ReferralIssued::caseId, ReferralIssued::municipality, ReferralIssued::occurredAt)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(caseId.value(), "657", NOW));
        assertThat(issued.events())
                .map(ReferralIssued.class::cast)
                .extracting(ReferralIssued::referralId, ReferralIssued::department)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                referrals.get(0).id().value(), CHILDREN),
                        org.assertj.core.groups.Tuple.tuple(
                                referrals.get(1).id().value(), EMPLOYMENT));
    }

    @Test
    void aDepartmentNamedTwiceIsReferredOnce() {
        var issued =
                CaseReferrals.issue(new CaseId(UUID.randomUUID()), "657", List.of(CHILDREN, CHILDREN), List.of(), NOW);

        assertThat(issued.aggregate().referrals())
                .singleElement()
                .extracting(Referral::department)
                .isEqualTo(CHILDREN);
        assertThat(issued.events()).hasSize(1);
    }

    @Test
    void aLaterRecommendationRefersOnlyDepartmentsThatHaveNoOpenReferral() {
        CaseReferrals acknowledged =
                aCase().referredTo(CHILDREN).in(ReferralState.ACKNOWLEDGED).build();

        List<InfohusEvent> events = acknowledged.recommend(List.of(CHILDREN, EMPLOYMENT), List.of(), NOW);

        assertThat(events)
                .singleElement()
                .isInstanceOfSatisfying(
                        ReferralIssued.class,
                        event -> assertThat(event.department()).isEqualTo(EMPLOYMENT));
        assertThat(acknowledged.referrals()).hasSize(2);

        CaseReferrals closed =
                aCase().referredTo(CHILDREN).in(ReferralState.CLOSED).build();
        assertThat(closed.recommend(List.of(CHILDREN), List.of(), NOW))
                .as("a department that closed its referral is referred anew")
                .hasSize(1);
        assertThat(closed.referralsTo(CHILDREN, null))
                .extracting(Referral::state)
                .containsExactly(ReferralState.CLOSED, ReferralState.ISSUED);
    }

    @Test
    void aRecommendationMustNameValidDepartments() {
        CaseId caseId = new CaseId(UUID.randomUUID());
        assertThatThrownBy(() -> CaseReferrals.issue(caseId, "657", List.of(), List.of(), NOW))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("departments");
        assertThatThrownBy(() -> CaseReferrals.issue(caseId, "657", List.of("Børn og unge"), List.of(), NOW))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("departments");
    }

    @Test
    void acknowledgingTellsWhoAndWhen() {
        CaseReferrals caseReferrals = aCase().referredTo(CHILDREN, EMPLOYMENT).build();
        Referral referral = caseReferrals.referrals().get(1);

        List<InfohusEvent> events = caseReferrals.acknowledge(referral.id(), CASEWORKER, NOW);

        assertThat(referral.acknowledgedAt()).isEqualTo(NOW);
        assertThat(referral.acknowledgedBy()).isEqualTo(CASEWORKER);
        assertThat(caseReferrals.referrals().get(0).state())
                .as("the other department's referral is untouched")
                .isEqualTo(ReferralState.ISSUED);
        assertThat(events)
                .singleElement()
                .isEqualTo(new ReferralAcknowledged(
                        caseReferrals.caseId().value(),
                        "657",
                        NOW,
                        referral.id().value(),
                        EMPLOYMENT,
                        "karin-7f3a"));
    }

    @Test
    void closingTellsTheOutcome() {
        CaseReferrals caseReferrals =
                aCase().referredTo(CHILDREN).in(ReferralState.ACKNOWLEDGED).build();
        Referral referral = caseReferrals.referrals().get(0);

        List<InfohusEvent> events = caseReferrals.close(referral.id(), CASEWORKER, Outcome.NO_MEASURES, NOW);

        assertThat(referral.state()).isEqualTo(ReferralState.CLOSED);
        assertThat(referral.open()).isFalse();
        assertThat(referral.closedAt()).isEqualTo(NOW);
        assertThat(referral.closedBy()).isEqualTo(CASEWORKER);
        assertThat(referral.outcome()).isEqualTo(Outcome.NO_MEASURES);
        assertThat(events)
                .singleElement()
                .isEqualTo(new ReferralClosed(
                        caseReferrals.caseId().value(),
                        "657",
                        NOW,
                        referral.id().value(),
                        CHILDREN,
                        "karin-7f3a",
                        "NO_MEASURES"));
    }

    @Test
    void aReferralOfAnotherCaseIsNotFound() {
        CaseReferrals caseReferrals = aCase().build();

        assertThatThrownBy(() -> caseReferrals.acknowledge(ReferralId.newId(), CASEWORKER, NOW))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void anInboxListsOneDepartmentsReferralsInAState() {
        CaseReferrals caseReferrals = aCase().referredTo(CHILDREN, EMPLOYMENT).build();
        caseReferrals.acknowledge(caseReferrals.referrals().get(0).id(), CASEWORKER, NOW);

        assertThat(caseReferrals.referralsTo(CHILDREN, ReferralState.ISSUED)).isEmpty();
        assertThat(caseReferrals.referralsTo(CHILDREN, ReferralState.ACKNOWLEDGED))
                .hasSize(1);
        assertThat(caseReferrals.referralsTo(EMPLOYMENT, ReferralState.ISSUED)).hasSize(1);
        assertThat(caseReferrals.referralsTo(EMPLOYMENT, null)).hasSize(1);
        assertThat(caseReferrals.referralsTo("handicap-og-psykiatri", null)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aCaseworkerIsSignedIn(String userId) {
        assertThatThrownBy(() -> new Caseworker(userId))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("caseworker");
    }

    @Test
    void aCaseworkerFitsTheEventSchemasAndStaysOutOfLogs() {
        assertThatThrownBy(() -> new Caseworker("x".repeat(Caseworker.MAX_LENGTH + 1)))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("caseworker");
        assertThat(new Caseworker("x".repeat(Caseworker.MAX_LENGTH)).userId()).hasSize(Caseworker.MAX_LENGTH);
        assertThat(CASEWORKER.toString()).doesNotContain("karin");
    }

    private static List<InfohusEvent> perform(CaseReferrals caseReferrals, ReferralId id, ReferralAction action) {
        return switch (action) {
            case ACKNOWLEDGE -> caseReferrals.acknowledge(id, CASEWORKER, NOW);
            case CLOSE -> caseReferrals.close(id, CASEWORKER, Outcome.MEASURES_STARTED, NOW);
        };
    }

    private static Class<? extends InfohusEvent> eventOf(ReferralAction action) {
        return switch (action) {
            case ACKNOWLEDGE -> ReferralAcknowledged.class;
            case CLOSE -> ReferralClosed.class;
        };
    }
}
