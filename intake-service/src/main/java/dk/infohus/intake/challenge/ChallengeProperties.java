package dk.infohus.intake.challenge;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public form's proof of work, under {@code infohus.intake.challenge}.
 *
 * @param maxNumber the largest number a challenge hides; a browser tries half of them on average. 50 000
 *     SHA-256 hashes take a phone well under a second
 * @param expiresIn how long a challenge may be solved and sent. 20 minutes, because a worried parent may
 *     type slowly; when it runs out, the widget fetches and solves a new one by itself
 * @param hmacKey the key that signs challenges, the same on every instance behind one front door; blank
 *     for a random key at start (challenges then do not survive a restart: the widget solves a new one)
 * @param cleanupInterval how often used challenges that expired are forgotten
 */
@ConfigurationProperties("infohus.intake.challenge")
public record ChallengeProperties(
        @DefaultValue("50000") long maxNumber,
        @DefaultValue("20m") Duration expiresIn,
        @DefaultValue("") String hmacKey,
        @DefaultValue("10m") Duration cleanupInterval) {}
