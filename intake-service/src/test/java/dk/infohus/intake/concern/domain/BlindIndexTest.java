package dk.infohus.intake.concern.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BlindIndexTest {

    private static final byte[] KEY = filled(7);
    private final BlindIndex index = new BlindIndex(KEY);

    @Test
    void theSamePersonByCprNumberGetsTheSameKeyAndTheKeyIsNotTheCprNumber() {
        SubjectKeys first = index.of("657", Subject.person("Ali Jensen", CprNumber.parse("170511-4321"), null, null));
        SubjectKeys again = index.of("657", Subject.person("A. Jensen", CprNumber.parse("1705114321"), null, null));

        assertThat(first.values()).hasSize(2);
        assertThat(again.values()).hasSize(2).containsAnyElementsOf(first.values());
        assertThat(String.join("", first.values())).doesNotContain("170511").doesNotContain("4321");
    }

    @Test
    void nameAndBirthDateFindAConcernThatGaveTheCprNumber() {
        SubjectKeys withCpr = index.of("657", Subject.person("Ali Jensen", CprNumber.parse("170511-4321"), null, null));
        SubjectKeys withBirthDate =
                index.of("657", Subject.person("  ali   JENSEN ", null, LocalDate.of(2011, 5, 17), null));

        assertThat(withBirthDate.values()).singleElement().isIn(withCpr.values());
    }

    @ParameterizedTest(name = "{0} and {1} are not linked")
    @CsvSource({
        "Ali Jensen, Ali Hansen",
        "Ali Jensen, Alí Jensen",
    })
    void otherNamesAreOtherPeople(String one, String other) {
        LocalDate born = LocalDate.of(2011, 5, 17);
        assertThat(index.of("657", Subject.person(one, null, born, null)).values())
                .doesNotContainAnyElementsOf(
                        index.of("657", Subject.person(other, null, born, null)).values());
    }

    @Test
    void anotherMunicipalityOrAnotherKeyLinksNothing() {
        Subject ali = Subject.person("Ali Jensen", CprNumber.parse("170511-4321"), null, null);

        assertThat(index.of("661", ali).values())
                .doesNotContainAnyElementsOf(index.of("657", ali).values());
        assertThat(new BlindIndex(filled(8)).of("657", ali).values())
                .doesNotContainAnyElementsOf(index.of("657", ali).values());
    }

    @Test
    void aGuessedAgeAloneGivesNoKeyAndAGroupIsKnownByItsName() {
        assertThat(index.of("657", new Subject(SubjectKind.PERSON, "Ali", null, null, 15, null, null)))
                .isEqualTo(SubjectKeys.none());
        assertThat(index.of("657", Subject.group("Gruppen i parken", "fem unge"))
                        .values())
                .isEqualTo(index.of("657", Subject.group("gruppen i  parken", null))
                        .values());
    }

    @Test
    void aShortKeyIsRefused() {
        assertThatThrownBy(() -> new BlindIndex(new byte[16])).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] filled(int value) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) value);
        return key;
    }
}
