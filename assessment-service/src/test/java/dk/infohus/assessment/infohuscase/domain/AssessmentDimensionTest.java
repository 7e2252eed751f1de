package dk.infohus.assessment.infohuscase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.platform.domain.InvalidInput;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AssessmentDimensionTest {

    @Test
    void theToolHasNineDimensionsWithStableCodesInItsOrder() {
        assertThat(Stream.of(AssessmentDimension.values()).map(AssessmentDimension::code))
                .containsExactly(
                        "overbevisninger-og-retorik",
                        "personlighedsfaktorer",
                        "voldsparathed",
                        "psykisk-saarbarhed",
                        "kriminel-historik",
                        "familie",
                        "socialisering-og-relationer",
                        "netvaerk-og-fritid",
                        "uddannelse-og-beskaeftigelse");
    }

    @ParameterizedTest
    @EnumSource(AssessmentDimension.class)
    void eachIsFoundByItsCodeAndHasADanishAndAnEnglishName(AssessmentDimension dimension) {
        assertThat(AssessmentDimension.ofCode(dimension.code(), "focusDimensions"))
                .isSameAs(dimension);
        // the codes fit the schema of RecommendationMade
        assertThat(dimension.code()).matches("[a-z0-9]+(-[a-z0-9]+)*").hasSizeLessThanOrEqualTo(60);
        assertThat(dimension.danish()).isNotBlank();
        assertThat(dimension.english()).isNotBlank();
    }

    @Test
    void anUnknownCodeIsWrongInputInTheGivenFieldAndListsTheKnownCodes() {
        assertThatThrownBy(() -> AssessmentDimension.ofCode("risikoscore", "focusDimensions"))
                .isInstanceOf(InvalidInput.class)
                .hasMessageContaining("voldsparathed")
                .extracting("field")
                .isEqualTo("focusDimensions");
    }
}
