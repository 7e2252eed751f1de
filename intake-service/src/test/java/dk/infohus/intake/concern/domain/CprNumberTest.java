package dk.infohus.intake.concern.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.platform.domain.InvalidInput;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CprNumberTest {

    @ParameterizedTest
    @CsvSource({
        "010190-1234, 1990-01-01", // seventh digit 1: 1900s
        "1705114321, 2011-05-17", // seventh digit 4, year <= 36: 2000s
        "170537-4321, 1937-05-17", // seventh digit 4, year > 36: 1900s
        "290200-5000, 2000-02-29", // seventh digit 5, year <= 57: 2000s, a leap day
        "010160-6000, 1860-01-01", // seventh digit 6, year > 57: 1800s
        "010199-9000, 1999-01-01", // seventh digit 9, year > 36: 1900s
    })
    void readsTheBirthDateWithTheRightCentury(String typed, LocalDate born) {
        assertThat(CprNumber.parse(typed).birthDate()).isEqualTo(born);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "320190-1234", // day 32
                "011390-1234", // month 13
                "290201-5000", // 29 February 2001
                "290200-1000", // 29 February 1900, no leap year
                "12345", // too short
                "0101901234567", // too long
                "01019O-1234", // a letter
                "abcdef-ghij",
            })
    void refusesWhatCannotBeACprNumber(String typed) {
        assertThatThrownBy(() -> CprNumber.parse(typed))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("subject.cprNumber");
    }

    @ParameterizedTest
    @ValueSource(strings = {"010190-1234", "0101901234", " 010190 1234 "})
    void acceptsTheUsualWaysOfTypingIt(String typed) {
        assertThat(CprNumber.parse(typed).value()).isEqualTo("010190-1234");
    }
}
