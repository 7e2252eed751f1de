package dk.infohus.testing;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signed access tokens as the identity provider issues them, for tests: one RSA key per test JVM, whose
 * public half the services under test trust. Also the tokens they must refuse: expired, signed by
 * another key, from another issuer, for another audience.
 */
public final class TestTokens {

    public static final String ISSUER = "https://identity.test.infohus.dk";
    public static final String HERNING = "657";
    public static final String HOLSTEBRO = "661";
    public static final List<String> MIDT_OG_VESTJYLLAND = List.of("657", "661", "671", "665", "760", "779", "791");

    private static final RSAKey KEY = newKey();
    private static final RSAKey STRANGER = newKey();
    private static volatile Path publicKeyFile;

    private TestTokens() {}

    /** A token with these claims (sub, role, municipality, ...), valid for ten minutes. */
    public static Token as(String subject, String role, String municipality) {
        Token token = new Token();
        token.claims.put("sub", subject);
        token.claims.put("role", role);
        token.claims.put("municipality", municipality);
        return token;
    }

    public static String reporter() {
        return as("lene", "reporter", HERNING)
                .claim("organisation", "Lindeskolen")
                .sign();
    }

    public static String policeCoordinator() {
        return as("torben", "police-coordinator", HERNING)
                .claim("municipalities", MIDT_OG_VESTJYLLAND)
                .claim("police_district", "midt-og-vestjylland")
                .sign();
    }

    /** The police's own system of Midt- og Vestjylland, as its client-credentials token names it. */
    public static String policeSystem() {
        return as("police-system", "police-system", HERNING)
                .claim("municipalities", MIDT_OG_VESTJYLLAND)
                .claim("police_district", "midt-og-vestjylland")
                .sign();
    }

    public static String municipalCoordinator() {
        return as("lise", "municipal-coordinator", HERNING).sign();
    }

    public static String municipalCoordinatorOf(String municipality) {
        return as("holger", "municipal-coordinator", municipality).sign();
    }

    public static String infohusMember(String authority) {
        return as("mette", "infohus-member", HERNING)
                .claim("authority", authority)
                .sign();
    }

    public static String departmentCaseworker(String department) {
        return as("jens", "department-caseworker", HERNING)
                .claim("department", department)
                .sign();
    }

    public static String networkMember() {
        return as("nina", "network-member", HERNING)
                .claim("police_district", "midt-og-vestjylland")
                .sign();
    }

    public static String administrator() {
        return as("admin", "administrator", HERNING).sign();
    }

    /** A PEM file of the public key, for {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("infohus-test-issuer", ".pem");
                file.toFile().deleteOnExit();
                String body = Base64.getMimeEncoder(64, "\n".getBytes())
                        .encodeToString(KEY.toRSAPublicKey().getEncoded());
                Files.writeString(file, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }
        return publicKeyFile;
    }

    /** A token under construction. */
    public static final class Token {
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private Instant expires = Instant.now().plus(Duration.ofMinutes(10));
        private String issuer = ISSUER;
        private String audience = "infohus";
        private RSAKey key = KEY;

        public Token claim(String name, Object value) {
            claims.put(name, value);
            return this;
        }

        public Token without(String name) {
            claims.remove(name);
            return this;
        }

        public Token expired() {
            expires = Instant.now().minus(Duration.ofMinutes(5));
            return this;
        }

        public Token signedByAStranger() {
            key = STRANGER;
            return this;
        }

        public Token fromIssuer(String otherIssuer) {
            issuer = otherIssuer;
            return this;
        }

        public Token forAudience(String otherAudience) {
            audience = otherAudience;
            return this;
        }

        public String sign() {
            JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                    .issuer(issuer)
                    .audience(audience)
                    .issueTime(Date.from(Instant.now().minus(Duration.ofMinutes(6))))
                    .expirationTime(Date.from(expires))
                    .jwtID(UUID.randomUUID().toString());
            claims.forEach(set::claim);
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(key.getKeyID())
                            .build(),
                    set.build());
            try {
                jwt.sign(new RSASSASigner(key));
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
            return jwt.serialize();
        }
    }

    private static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
