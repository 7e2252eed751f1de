package dk.infohus.assessment.infohuscase.domain;

import static dk.infohus.assessment.infohuscase.domain.InfohusCaseFixtures.HERNING;
import static dk.infohus.assessment.infohuscase.domain.InfohusCaseFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.platform.domain.InvalidInput;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RecommendationTest {

    @Test
    void readsTheCodesAndNamesEachDepartmentAndDimensionOnce() {
        Recommendation recommendation = Recommendation.of(
                HERNING,
                List.of("handicap-og-psykiatri", "beskaeftigelse", "handicap-og-psykiatri"),
                List.of("uddannelse-og-beskaeftigelse", "psykisk-saarbarhed", "psykisk-saarbarhed"),
                "Mistet job og isoleret.",
                "Vil gerne i arbejde.",
                "Hanne",
                NOW);

        assertThat(recommendation.departments()).containsExactly("handicap-og-psykiatri", "beskaeftigelse");
        assertThat(recommendation.focusDimensions())
                .containsExactly(
                        AssessmentDimension.MENTAL_VULNERABILITY, AssessmentDimension.EDUCATION_AND_EMPLOYMENT);
        assertThat(recommendation.focusDimensionCodes())
                .containsExactly("psykisk-saarbarhed", "uddannelse-og-beskaeftigelse");
        assertThat(recommendation.recordedAt()).isEqualTo(NOW);
    }

    @Test
    void mayFocusOnNoParticularDimension() {
        Recommendation recommendation = Recommendation.of(
                HERNING, List.of("beskaeftigelse"), List.of(), "Problemer", "Ressourcer", "Hanne", NOW);

        assertThat(recommendation.focusDimensions()).isEmpty();
    }

    static Stream<Arguments> wrongRecommendations() {
        List<String> one = List.of("beskaeftigelse");
        return Stream.of(
                Arguments.of("no department", List.of(), List.of(), "p", "r", "h", "departments"),
                Arguments.of("unknown department", List.of("skat"), List.of(), "p", "r", "h", "departments"),
                Arguments.of(
                        "department by name", List.of("Beskæftigelse 25+"), List.of(), "p", "r", "h", "departments"),
                Arguments.of("unknown dimension", one, List.of("risikoniveau"), "p", "r", "h", "focusDimensions"),
                Arguments.of("dimension in capitals", one, List.of("FAMILIE"), "p", "r", "h", "focusDimensions"),
                Arguments.of("no main problems", one, List.of(), " ", "r", "h", "mainProblems"),
                Arguments.of("no resources", one, List.of(), "p", "", "h", "resources"),
                Arguments.of("nobody recorded it", one, List.of(), "p", "r", "\t", "recordedBy"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("wrongRecommendations")
    void refusesWhatIsNoRecommendationNamingTheField(
            String what,
            List<String> departments,
            List<String> dimensions,
            String mainProblems,
            String resources,
            String recordedBy,
            String field) {
        assertThatThrownBy(() ->
                        Recommendation.of(HERNING, departments, dimensions, mainProblems, resources, recordedBy, NOW))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo(field);
    }

    @Test
    void anUnknownDepartmentIsAnsweredWithTheKnownOnes() {
        assertThatThrownBy(() -> HERNING.require("skat", "departments"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("beskaeftigelse")
                .hasMessageContaining("handicap-og-psykiatri");
    }

    @Test
    void neverPrintsWhatInfohusWroteAboutThePerson() {
        Recommendation recommendation = InfohusCaseFixtures.aRecommendation();

        assertThat(recommendation.toString())
                .contains("boern-og-forebyggelse")
                .doesNotContain(recommendation.mainProblems())
                .doesNotContain(recommendation.resources());
        assertThat(InfohusCaseFixtures.aClosure().toString()).doesNotContain("forvaltningerne");
    }
}
