package dk.infohus.intake.concern.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReceiptCodesTest {

    private static final byte[] KEY = new byte[32];

    @Test
    void aConcernHasOneCodeAlwaysAndAnotherKeyGivesAnotherCode() {
        ConcernId concern = ConcernId.newId();
        byte[] otherKey = Arrays.copyOf(KEY, 32);
        otherKey[0] = 1;

        assertThat(new ReceiptCodes(KEY).of(concern)).isEqualTo(new ReceiptCodes(KEY).of(concern));
        assertThat(new ReceiptCodes(otherKey).of(concern)).isNotEqualTo(new ReceiptCodes(KEY).of(concern));
    }

    @Test
    void codesOfManyConcernsDifferAndReadBackAsTyped() {
        ReceiptCodes codes = new ReceiptCodes(KEY);
        Set<ReceiptCode> seen = new HashSet<>();
        IntStream.range(0, 10_000).forEach(i -> {
            ReceiptCode code = codes.of(ConcernId.newId());
            assertThat(ReceiptCode.parse(code.display().toLowerCase())).isEqualTo(code);
            seen.add(code);
        });
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void everyCharacterOfTheAlphabetCanOccur() {
        assertThat(ReceiptCode.fromBits(0L).value()).isEqualTo("000000000000");
        assertThat(ReceiptCode.fromBits(-1L).value()).isEqualTo("ZZZZZZZZZZZZ");
    }
}
