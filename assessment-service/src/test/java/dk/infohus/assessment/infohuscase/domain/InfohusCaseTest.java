package dk.infohus.assessment.infohuscase.domain;

import static dk.infohus.assessment.infohuscase.domain.InfohusCaseFixtures.aClosure;
import static dk.infohus.assessment.infohuscase.domain.InfohusCaseFixtures.aRecommendation;
import static dk.infohus.assessment.infohuscase.domain.InfohusCaseFixtures.anInfohusCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.assessment.RecommendationMade;
import dk.infohus.platform.domain.IllegalTransition;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class InfohusCaseTest {

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(InfohusCaseState.values())
                .flatMap(state -> Stream.of(InfohusCaseAction.values()).map(action -> Arguments.of(state, action)));
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyStateAndAction")
    void followsItsTransitionTableExactly(InfohusCaseState from, InfohusCaseAction action) {
        InfohusCase infohusCase = anInfohusCase().in(from).build();
        Recommendation recommendationBefore = infohusCase.recommendation();
        Closure closureBefore = infohusCase.closure();

        var expected = InfohusCase.TRANSITIONS.lookup(from, action);

        if (expected.isPresent()) {
            List<InfohusEvent> events = perform(infohusCase, action);
            assertThat(infohusCase.state()).isEqualTo(expected.get());
            switch (action) {
                case RECOMMEND -> {
                    assertThat(events).singleElement().isInstanceOf(RecommendationMade.class);
                    assertThat(infohusCase.recommendation()).isNotNull();
                }
                case CLOSE -> {
                    assertThat(events).isEmpty();
                    assertThat(infohusCase.closure()).isNotNull();
                    assertThat(infohusCase.recommendation()).isEqualTo(recommendationBefore);
                }
            }
        } else {
            assertThatThrownBy(() -> perform(infohusCase, action))
                    .isInstanceOf(IllegalTransition.class)
                    .hasMessageContaining(from.name())
                    .extracting("currentState")
                    .isEqualTo(from.name());
            assertThat(infohusCase.state()).isEqualTo(from);
            assertThat(infohusCase.recommendation()).isEqualTo(recommendationBefore);
            assertThat(infohusCase.closure()).isEqualTo(closureBefore);
        }
    }

    @ParameterizedTest
    @EnumSource(
            value = InfohusCaseState.class,
            names = {"OPEN", "RECOMMENDED"})
    void everyCaseNotClosedCanBeClosed(InfohusCaseState state) {
        assertThat(InfohusCase.TRANSITIONS.lookup(state, InfohusCaseAction.CLOSE))
                .contains(InfohusCaseState.CLOSED);
    }

    @Test
    void aClosedCaseIsFinalAndACaseIsRecommendedOnce() {
        for (InfohusCaseAction action : InfohusCaseAction.values()) {
            assertThat(InfohusCase.TRANSITIONS.allows(InfohusCaseState.CLOSED, action))
                    .as("CLOSED --%s-->", action)
                    .isFalse();
        }
        assertThat(InfohusCase.TRANSITIONS.allows(InfohusCaseState.RECOMMENDED, InfohusCaseAction.RECOMMEND))
                .isFalse();
    }

    @Test
    void openingACaseKeepsWhomItIsAboutAndTellsNobodyYet() {
        var id = new InfohusCaseId(UUID.randomUUID());
        var subject = new PersonalData("Ali Jensen", "170511-4321", null, null, "Set i skolegården.");

        var opened = InfohusCase.open(
                id,
                "657",
                SubjectKind.PERSON,
                subject,
                InfohusCaseFixtures.PRESENTED,
                "SSP-koordinator Hanne",
                "Politikommissær Jens");

        InfohusCase infohusCase = opened.aggregate();
        assertThat(opened.events()).isEmpty();
        assertThat(infohusCase.id()).isEqualTo(id);
        assertThat(infohusCase.state()).isEqualTo(InfohusCaseState.OPEN);
        assertThat(infohusCase.municipality()).isEqualTo("657");
        assertThat(infohusCase.subjectKind()).isEqualTo(SubjectKind.PERSON);
        assertThat(infohusCase.subject()).isEqualTo(subject);
        assertThat(infohusCase.presentedAt()).isEqualTo(InfohusCaseFixtures.PRESENTED);
        assertThat(infohusCase.municipalCoordinator()).isEqualTo("SSP-koordinator Hanne");
        assertThat(infohusCase.policeCoordinator()).isEqualTo("Politikommissær Jens");
        assertThat(infohusCase.recommendation()).isNull();
        assertThat(infohusCase.closure()).isNull();
    }

    @Test
    void recommendingTellsReferralTheDepartmentsAndDimensionsByCodeOnly() {
        InfohusCase infohusCase = anInfohusCase().aboutMinor().build();

        List<InfohusEvent> events = infohusCase.recommend(aRecommendation());

        assertThat(events).singleElement().isInstanceOfSatisfying(RecommendationMade.class, made -> {
            assertThat(made.caseId()).isEqualTo(infohusCase.id().value());
            assertThat(made.municipality()).isEqualTo("657");
            assertThat(made.occurredAt()).isEqualTo(InfohusCaseFixtures.NOW);
            // departments in the order the coordinator gave them, dimensions in the tool's order
            assertThat(made.departments()).containsExactly("boern-og-forebyggelse", "ungevejledningen");
            assertThat(made.focusDimensions()).containsExactly("overbevisninger-og-retorik", "netvaerk-og-fritid");
            assertThat(made.toString()).doesNotContain("Ali Jensen", "Isolerer", "håndbold");
        });
        assertThat(infohusCase.recommendation()).isEqualTo(aRecommendation());
    }

    @Test
    void closingARecommendedCaseKeepsTheRecommendationAndRecordsWhyAndWho() {
        InfohusCase infohusCase =
                anInfohusCase().in(InfohusCaseState.RECOMMENDED).build();

        assertThat(infohusCase.close(aClosure())).isEmpty();

        assertThat(infohusCase.state()).isEqualTo(InfohusCaseState.CLOSED);
        assertThat(infohusCase.recommendation()).isEqualTo(aRecommendation());
        assertThat(infohusCase.closure()).isNotNull().satisfies(closure -> {
            assertThat(closure.reason()).isEqualTo("Anbefaling givet; forvaltningerne har overtaget.");
            assertThat(closure.closedBy()).isEqualTo("SSP-koordinator Hanne");
            assertThat(closure.closedAt()).isEqualTo(InfohusCaseFixtures.NOW);
        });
    }

    @Test
    void aStoredCaseMustHoldWhatItsStateImplies() {
        var id = new InfohusCaseId(UUID.randomUUID());
        var subject = new PersonalData("Gruppen", null, null, null, "x");

        assertThatThrownBy(() -> InfohusCase.restore(
                        id,
                        "657",
                        SubjectKind.GROUP,
                        subject,
                        InfohusCaseFixtures.PRESENTED,
                        "a",
                        "b",
                        InfohusCaseState.RECOMMENDED,
                        null,
                        null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(id.toString());
        assertThatThrownBy(() -> InfohusCase.restore(
                        id,
                        "657",
                        SubjectKind.GROUP,
                        subject,
                        InfohusCaseFixtures.PRESENTED,
                        "a",
                        "b",
                        InfohusCaseState.CLOSED,
                        aRecommendation(),
                        null))
                .isInstanceOf(IllegalStateException.class);
    }

    private static List<InfohusEvent> perform(InfohusCase infohusCase, InfohusCaseAction action) {
        return switch (action) {
            case RECOMMEND -> infohusCase.recommend(aRecommendation());
            case CLOSE -> infohusCase.close(aClosure());
        };
    }
}
