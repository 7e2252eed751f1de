package dk.infohus.identity;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/** The local sign-in: port 9000, issuer {@code infohus.identity.issuer}. */
@SpringBootApplication
@EnableConfigurationProperties(IdentityProperties.class)
public class IdentityProvider {

    public static void main(String[] args) {
        SpringApplication.run(IdentityProvider.class, args);
    }
}
