package dk.infohus.platform.audit;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuditPurposeTest {

    /** What a servlet container hands over for a header sent as UTF-8 bytes: one character per byte. */
    private static String asUtf8OnTheWire(String purpose) {
        return new String(purpose.getBytes(UTF_8), ISO_8859_1);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void noPurposeIsCaseHandling(String header) {
        assertThat(AuditPurpose.read(header)).isEqualTo(AuditPurpose.DEFAULT);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "case handling",
                "opfølgning (møde)",
                "Æblegård, Ørsted og Åen",
                "§ 115 i serviceloven: udveksling",
                "sag nr. 2026/17-3; møde #4",
                "d'Artagnan",
                "Ελληνικά",
                "متابعة",
                "跟进会议",
                "e\u0301tude", // a combining accent
                "ø",
            })
    void aPurposeIsReadExactlyAsSentWhetherAsUtf8OrIso88591(String purpose) {
        assertThat(AuditPurpose.read(asUtf8OnTheWire(purpose))).isEqualTo(purpose);
        if (purpose.chars().allMatch(c -> c <= 0xFF)) {
            assertThat(AuditPurpose.read(purpose)).isEqualTo(purpose);
        }
    }

    @Test
    void aHundredCharactersIsTheMostAndCountsCharactersNotBytes() {
        String hundred = "ø".repeat(100);
        assertThat(AuditPurpose.read(asUtf8OnTheWire(hundred))).isEqualTo(hundred);
        assertThat(AuditPurpose.read(hundred)).isEqualTo(hundred);
        assertThatThrownBy(() -> AuditPurpose.read(hundred + "x"))
                .isInstanceOf(AuditPurpose.Invalid.class)
                .hasMessageContaining("100");
        // a hundred letters outside the BMP are two chars each in Java, and still a hundred characters
        String hundredOutsideTheBmp = "𝐀".repeat(100);
        assertThat(AuditPurpose.read(asUtf8OnTheWire(hundredOutsideTheBmp))).isEqualTo(hundredOutsideTheBmp);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "møde\u0000skjult",
                "line\r\nX-Injected: 1",
                "tab\there",
                "møde 😀",
                "50%",
                "a\"b",
                " leading",
                "trailing ",
                "   ",
                "\u202Eevil", // right-to-left override
                "zero\u200Bwidth",
            })
    void anythingElseIsRefusedNeverStripped(String purpose) {
        assertThatThrownBy(() -> AuditPurpose.read(asUtf8OnTheWire(purpose))).isInstanceOf(AuditPurpose.Invalid.class);
    }

    @Test
    void aCharacterNoServletContainerHandsOverIsRefused() {
        assertThatThrownBy(() -> AuditPurpose.read("møde 跟进")).isInstanceOf(AuditPurpose.Invalid.class);
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsIso88591() {
        // "ø" alone in ISO-8859-1 is the byte F8, which is no UTF-8
        assertThat(AuditPurpose.read("m\u00f8de")).isEqualTo("møde");
    }
}
