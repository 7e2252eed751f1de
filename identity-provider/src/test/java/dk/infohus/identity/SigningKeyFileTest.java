package dk.infohus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyFileTest {

    @TempDir
    Path directory;

    @Test
    void theFirstStartMakesAPrivateKeyReadableByItsOwnerOnlyAndLaterStartsReadTheSameKey() throws Exception {
        Path file = directory.resolve("identity").resolve("signing-key.json");

        RSAKey made = SigningKeyFile.loadOrCreate(file);
        RSAKey read = SigningKeyFile.loadOrCreate(file);

        assertThat(made.isPrivate()).isTrue();
        assertThat(made.size()).as("bits: 128-bit security").isEqualTo(3072);
        assertThat(made.getKeyID()).isNotBlank();
        assertThat(read).isEqualTo(made);
        assertThat(read.getKeyID()).isEqualTo(made.getKeyID());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        try (var leftovers = Files.list(file.getParent())) {
            assertThat(leftovers).containsExactly(file);
        }
    }

    @Test
    void aFileThatIsNotAPrivateKeyStopsTheStartAndIsLeftAsItIs() throws Exception {
        Path file = directory.resolve("signing-key.json");
        RSAKey publicOnly =
                SigningKeyFile.loadOrCreate(directory.resolve("other.json")).toPublicJWK();
        Files.writeString(file, publicOnly.toJSONString());

        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("not a private RSA key");
        assertThat(Files.readString(file)).isEqualTo(publicOnly.toJSONString());

        Files.writeString(file, "{ not json");
        assertThatThrownBy(() -> SigningKeyFile.loadOrCreate(file))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(file.toString());
    }
}
