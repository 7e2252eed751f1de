package dk.infohus.assessment.infohuscase.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DepartmentCatalogueTest {

    @Test
    void keepsTheConfiguredOrderAndFindsByCode() {
        var catalogue = InfohusCaseFixtures.HERNING;

        assertThat(catalogue.all())
                .extracting(Department::code)
                .containsExactly(
                        "beskaeftigelse", "ungevejledningen", "boern-og-forebyggelse", "handicap-og-psykiatri");
        assertThat(catalogue.find("boern-og-forebyggelse"))
                .map(Department::name)
                .contains("Børn og Forebyggelse, Ungeteamet");
        assertThat(catalogue.find("skat")).isEmpty();
    }

    @Test
    void refusesAConfigurationWithoutDepartmentsOrWithOneTwice() {
        assertThatThrownBy(() -> new DepartmentCatalogue(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("infohus.departments");
        assertThatThrownBy(() -> new DepartmentCatalogue(
                        List.of(new Department("familie", "Familie"), new Department("familie", "Familieafdelingen"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("familie");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Børn", "boern_og_forebyggelse", "-boern", "boern--unge", "boern og unge"})
    void refusesACodeThatIsNotKebabCase(String code) {
        assertThatThrownBy(() -> new Department(code, "Børn og Unge")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesADepartmentWithoutAName() {
        assertThatThrownBy(() -> new Department("boern", " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
