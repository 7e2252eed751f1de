package dk.infohus.testing;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/** Points a Spring context at the shared test stack of this JVM. */
public class InfohusTestStackInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final java.util.Map<String, String> QUICK = java.util.Map.of(
            "infohus.outbox.sweep-interval", "500ms",
            "infohus.outbox.sweep-grace", "1s",
            "infohus.kafka.initial-back-off", "50ms",
            "infohus.kafka.max-back-off", "200ms");

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        InfohusTestStack stack = InfohusTestStack.get();
        TestPropertyValues.of(
                        "spring.kafka.bootstrap-servers=" + stack.bootstrapServers(),
                        "spring.mongodb.uri=" + stack.mongoUri(),
                        // services trust the test issuer's key, as they trust the identity provider's in a run
                        // the test issuer's key from a file, not from discovery; its name is still checked
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=",
                        "infohus.security.issuer=" + TestTokens.ISSUER,
                        "spring.security.oauth2.resourceserver.jwt.public-key-location=file:"
                                + TestTokens.publicKeyFile().toAbsolutePath())
                .applyTo(context);
        // tests wait with Awaitility; quick sweeps and retries keep them short, unless a test says otherwise
        var environment = context.getEnvironment();
        QUICK.forEach((key, value) -> {
            if (!environment.containsProperty(key)) {
                TestPropertyValues.of(key + "=" + value).applyTo(context);
            }
        });
    }
}
