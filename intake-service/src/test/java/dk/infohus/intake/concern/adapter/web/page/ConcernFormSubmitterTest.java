package dk.infohus.intake.concern.adapter.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConcernFormSubmitterTest {

    @ParameterizedTest
    @ValueSource(strings = {"2011-05-17", "17-05-2011", "17.5.2011", "17/05/2011", " 17-5-2011 "})
    void readsABirthDateAsPeopleTypeIt(String typed) {
        assertThat(ConcernFormSubmitter.dateOf(typed)).isEqualTo(LocalDate.of(2011, 5, 17));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31-02-2011", "2011-02-30", "17 maj 2011", "<script>", ""})
    void refusesADateThatIsNotOne(String typed) {
        assertThat(ConcernFormSubmitter.dateOf(typed)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"15,15", "0,0", "120,120", "121,", "-1,", "abc,", "1000,"})
    void readsAnAgeFrom0To120(String typed, Integer expected) {
        assertThat(ConcernFormSubmitter.ageOf(typed)).isEqualTo(expected);
    }
}
