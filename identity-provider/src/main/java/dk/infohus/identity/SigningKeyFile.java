package dk.infohus.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.Set;
import java.util.UUID;

/**
 * The RSA key that signs every token, kept as a JWK in one file: made on the first start, read on every start
 * after, so that tokens and the key id survive a restart. The file holds the private key and is readable by its
 * owner only. A file that is not a private RSA key stops the start rather than being replaced, because replacing
 * it silently would invalidate every token in use.
 */
public final class SigningKeyFile {

    /** RSA-3072: 128 bits of security (ASVS 5.0 V11.2.3; NIST SP 800-57), where 2048 gives 112. */
    static final int KEY_SIZE = 3072;

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private SigningKeyFile() {}

    /** The key in {@code file}, made and stored there first if the file does not exist. */
    public static RSAKey loadOrCreate(Path file) {
        Path target = file.toAbsolutePath().normalize();
        if (Files.exists(target)) {
            return read(target);
        }
        RSAKey key = generate();
        try {
            Path directory = target.getParent();
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, ".signing-key-", ".tmp", ownerOnly(directory));
            try {
                Files.writeString(temporary, key.toJSONString(), StandardCharsets.UTF_8);
                Files.move(temporary, target);
            } catch (FileAlreadyExistsException startedTwice) {
                // another start wrote its key first: use that one, so that both sign alike
                return read(target);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not store the signing key in " + target, e);
        }
        return key;
    }

    private static RSAKey read(Path file) {
        String json;
        try {
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the signing key " + file, e);
        }
        try {
            if (JWK.parse(json) instanceof RSAKey key && key.isPrivate() && key.getKeyID() != null) {
                return key;
            }
        } catch (ParseException e) {
            throw new IllegalStateException(notAKey(file), e);
        }
        throw new IllegalStateException(notAKey(file));
    }

    private static String notAKey(Path file) {
        return file + " is not a private RSA key with a key id (JWK). Restore it from a backup, or delete it to"
                + " make a new key: every token signed with the old key is then refused.";
    }

    private static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE)
                    .keyID(UUID.randomUUID().toString())
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate an RSA signing key", e);
        }
    }

    private static FileAttribute<?>[] ownerOnly(Path directory) throws IOException {
        return Files.getFileStore(directory).supportsFileAttributeView("posix")
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(OWNER_ONLY)}
                : new FileAttribute<?>[0];
    }
}
