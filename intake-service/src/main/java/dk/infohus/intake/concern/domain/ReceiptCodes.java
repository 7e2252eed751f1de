package dk.infohus.intake.concern.domain;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.nio.ByteBuffer;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The receipt code of a concern, made from its id with HMAC-SHA256 under a secret key: as unguessable as
 * a random code without the key, and the same every time, so that a reporter who sends the same form
 * twice (a double click, a reload) is shown the same receipt again, although only the code's fingerprint
 * is stored.
 */
public final class ReceiptCodes {

    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    public ReceiptCodes(byte[] secret) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("receipt codes need a key of at least 256 bits");
        }
        this.key = new SecretKeySpec(secret.clone(), ALGORITHM);
    }

    public ReceiptCode of(ConcernId concern) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal(concern.toString().getBytes(UTF_8));
            return ReceiptCode.fromBits(ByteBuffer.wrap(digest).getLong());
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }
}
