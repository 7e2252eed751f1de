package dk.infohus.intake.concern.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.platform.domain.InvalidInput;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReceiptCodeTest {

    @RepeatedTest(20)
    void aNewCodeReadsBackAsTypedFromItsDisplayForm() {
        ReceiptCode code = ReceiptCode.generate(new SecureRandom());

        assertThat(code.display()).matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");
        assertThat(ReceiptCode.parse(code.display().toLowerCase())).isEqualTo(code);
        assertThat(ReceiptCode.parse(code.value())).isEqualTo(code);
    }

    @Test
    void codesDoNotRepeat() {
        SecureRandom random = new SecureRandom();
        Set<ReceiptCode> codes = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            codes.add(ReceiptCode.generate(random));
        }
        assertThat(codes).hasSize(10_000);
    }

    @Test
    void lettersMistakenForDigitsAreReadAsTheDigits() {
        assertThat(ReceiptCode.parse("oil0-1111-2222")).isEqualTo(ReceiptCode.parse("0110-1111-2222"));
    }

    @Test
    void onlyTheFingerprintOfACodeIsKeptAndItNeverPrints() {
        ReceiptCode code = ReceiptCode.parse("7K3M-Q9TX-2B4R");

        assertThat(code.fingerprint()).hasSize(64).doesNotContain("7K3M");
        assertThat(code.toString()).doesNotContain("7K3M");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "7K3M-Q9TX", "7K3M-Q9TX-2B4R-1", "7K3M-Q9TX-2B4U", "<script>"})
    void refusesWhatIsNoReceiptCode(String typed) {
        assertThatThrownBy(() -> ReceiptCode.parse(typed)).isInstanceOf(InvalidInput.class);
    }
}
