package dk.infohus.intake.concern.adapter.keys;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Intake's one secret (256 bits), from which the keys of the blind index and of receipt codes are derived
 * (HMAC-SHA256 of a label under the secret, so one key never serves two purposes).
 *
 * <p>It comes from {@code infohus.intake.secret} (base64, e.g. from a Kubernetes or compose secret), else
 * from the key file {@code infohus.intake.secret-file}, created with owner-only permissions on the first
 * start. Without either, a new secret is made for this run only: repeat concerns are then not linked to
 * those received before a restart, and a resubmitted form after a restart gets a new receipt.
 */
public final class IntakeSecret {

    private static final Logger log = LoggerFactory.getLogger(IntakeSecret.class);
    private static final int BYTES = 32;

    private final byte[] secret;

    private IntakeSecret(byte[] secret) {
        if (secret.length < BYTES) {
            throw new IllegalStateException("infohus.intake.secret must be at least 256 bits (32 bytes, base64)");
        }
        this.secret = secret.clone();
    }

    public static IntakeSecret from(String configured, String keyFile) {
        if (!configured.isBlank()) {
            return new IntakeSecret(Base64.getDecoder().decode(configured.strip()));
        }
        if (!keyFile.isBlank()) {
            return new IntakeSecret(loadOrCreate(Path.of(keyFile)));
        }
        log.warn("No infohus.intake.secret or infohus.intake.secret-file: using a secret for this run only");
        return new IntakeSecret(newSecret());
    }

    /** The key for one purpose, e.g. {@code blind-index/v1}. */
    public byte[] keyFor(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e);
        }
    }

    private static byte[] loadOrCreate(Path file) {
        try {
            if (Files.exists(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Path directory = file.toAbsolutePath().getParent();
            Files.createDirectories(directory);
            byte[] secret = newSecret();
            Path written = Files.createTempFile(directory, "secret", ".tmp");
            try {
                Files.setPosixFilePermissions(written, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                log.debug("File system without POSIX permissions; {} keeps its default permissions", file);
            }
            Files.writeString(written, Base64.getEncoder().encodeToString(secret));
            Files.move(written, file);
            log.info("Created intake's secret in {}", file);
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create intake's secret " + file, e);
        }
    }

    private static byte[] newSecret() {
        byte[] secret = new byte[BYTES];
        new SecureRandom().nextBytes(secret);
        return secret;
    }
}
