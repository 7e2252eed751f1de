package dk.infohus.intake.concern.domain;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes the {@link SubjectKeys} of a concern's subject with HMAC-SHA256 under a secret key, so that a new
 * concern about a person already reported in the same municipality can be linked to the earlier ones
 * without any plaintext index of CPR numbers or names.
 *
 * <p>A person gets a key for the CPR number when it is known, and one for name and birth date when the
 * birth date is known (from the CPR number or given), so that a later concern giving only name and birth
 * date still finds an earlier one that gave the CPR number. A guessed age alone gives no key: too many
 * people share a name and an age. A group gets a key for its name. Names are compared after Unicode
 * normalisation, in lower case, with runs of spaces and hyphens as one space.
 */
public final class BlindIndex {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public BlindIndex(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("a blind index needs a key of at least 256 bits");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    public SubjectKeys of(String municipality, Subject subject) {
        List<String> keys = new ArrayList<>();
        String name = normalisedName(subject.name());
        if (subject.kind() == SubjectKind.GROUP) {
            keys.add(hash("group", municipality, name));
            return new SubjectKeys(keys);
        }
        if (subject.cprNumber() != null) {
            keys.add(hash("cpr", municipality, subject.cprNumber().value().replace("-", "")));
        }
        LocalDate birthDate = subject.knownBirthDate();
        if (birthDate != null && !name.isEmpty()) {
            keys.add(hash("name-birth-date", municipality, name + "|" + birthDate));
        }
        return new SubjectKeys(keys);
    }

    static String normalisedName(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFKC)
                .toLowerCase(Locale.forLanguageTag("da"))
                .replaceAll("[\\s\\-]+", " ")
                .strip();
    }

    private String hash(String kind, String municipality, String value) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return HexFormat.of().formatHex(mac.doFinal((kind + "|" + municipality + "|" + value).getBytes(UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
