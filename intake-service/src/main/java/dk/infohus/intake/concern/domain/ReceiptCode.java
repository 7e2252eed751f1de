package dk.infohus.intake.concern.domain;

import static java.nio.charset.StandardCharsets.US_ASCII;

import dk.infohus.platform.domain.InvalidInput;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The code a reporter gets as a receipt and types to look up the status of their concern. Twelve
 * characters of Crockford's base 32 (no I, L, O or U, so nothing is mistaken for a digit), shown as
 * three groups of four: 60 bits made by {@link ReceiptCodes}, unguessable, easy to read aloud and type on a
 * phone.
 * Only its fingerprint is stored.
 */
public record ReceiptCode(String value) {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int LENGTH = 12;

    public ReceiptCode {
        if (value.length() != LENGTH || value.chars().anyMatch(c -> ALPHABET.indexOf(c) < 0)) {
            throw new InvalidInput("receiptCode", "must be 12 letters and digits, e.g. 7K3M-Q9TX-2B4R");
        }
    }

    /** A new code from a cryptographically strong source of randomness. */
    public static ReceiptCode generate(RandomGenerator secureRandom) {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(secureRandom.nextInt(ALPHABET.length())));
        }
        return new ReceiptCode(code.toString());
    }

    /** A code from the lowest 60 bits of a number, five bits a character. */
    public static ReceiptCode fromBits(long bits) {
        char[] code = new char[LENGTH];
        for (int i = 0; i < LENGTH; i++) {
            code[i] = ALPHABET.charAt((int) ((bits >>> (5 * i)) & 31));
        }
        return new ReceiptCode(new String(code));
    }

    /**
     * Reads a code as a person typed it: any case, with or without dashes and spaces, and with the
     * letters people confuse with digits (O, I, L) taken as those digits.
     */
    public static ReceiptCode parse(String typed) {
        String normalised = typed.toUpperCase(Locale.ROOT)
                .replaceAll("[\\s-]", "")
                .replace('O', '0')
                .replace('I', '1')
                .replace('L', '1');
        return new ReceiptCode(normalised);
    }

    /** As shown to people: {@code 7K3M-Q9TX-2B4R}. */
    public String display() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8);
    }

    /** What is stored instead of the code: a SHA-256 fingerprint, so the store alone reveals no code. */
    public String fingerprint() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "ReceiptCode[redacted]";
    }
}
