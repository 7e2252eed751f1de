package dk.infohus.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import tools.jackson.databind.JsonNode;

/** The signing key is kept in its file: after a restart the key id is the same and earlier tokens still verify. */
class SigningKeyRestartIT {

    @TempDir
    Path data;

    @Test
    void aRestartKeepsTheKeySoTokensIssuedBeforeItStillVerify() throws Exception {
        Path keyFile = data.resolve("identity").resolve("signing-key.json");
        int port = IdentityProviderIT.freePort();
        String issuer = "http://localhost:" + port;

        String accessToken;
        String keyIdBefore;
        try (ConfigurableApplicationContext first = start(port, keyFile)) {
            accessToken = new Browser(issuer).signIn("holger", "infohus").accessToken();
            keyIdBefore = keyId(issuer);
        }
        assertThat(keyFile).isRegularFile();

        try (ConfigurableApplicationContext second = start(port, keyFile)) {
            assertThat(keyId(issuer)).isEqualTo(keyIdBefore);
            // what a service does with the token it got before the restart: the signature still verifies
            Jwt verified = JwtDecoders.fromIssuerLocation(issuer).decode(accessToken);
            assertThat(verified.getSubject()).isEqualTo("holger");
            assertThat(verified.getClaimAsString("municipality")).isEqualTo("661");
        }
    }

    private static ConfigurableApplicationContext start(int port, Path keyFile) {
        return new SpringApplicationBuilder(IdentityProvider.class)
                .run(
                        "--server.port=" + port,
                        "--infohus.identity.issuer=http://localhost:" + port,
                        "--infohus.identity.key-file=" + keyFile);
    }

    private static String keyId(String issuer) throws Exception {
        HttpResponse<String> jwks = new Browser(issuer).get("/oauth2/jwks");
        assertThat(jwks.statusCode()).isEqualTo(200);
        JsonNode keys = Browser.JSON.readTree(jwks.body()).get("keys");
        assertThat(keys.size()).isEqualTo(1);
        return keys.get(0).get("kid").asString();
    }
}
