package dk.infohus.intake.challenge.application;

import dk.infohus.intake.challenge.domain.Challenge;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.altcha.altcha.Altcha;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Solves challenges the way the widget does, by brute force, and writes the payload it sends. */
public final class Solutions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Solutions() {}

    /** The number whose SHA-256 of salt + number is the challenge, found by trying them all. */
    public static long solve(String challenge, String salt, long maxNumber) {
        try {
            Altcha.Solution solution = Altcha.solveChallenge(challenge, salt, Altcha.Algorithm.SHA256, maxNumber, 0);
            if (solution == null) {
                throw new AssertionError("no number up to " + maxNumber + " solves " + challenge);
            }
            return solution.number;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static long solve(Challenge challenge) {
        return solve(challenge.challenge(), challenge.salt(), challenge.maxNumber());
    }

    /** The widget's payload for a solved challenge: Base64 of its JSON. */
    public static String payload(Challenge challenge) {
        return payload(challenge, solve(challenge));
    }

    public static String payload(Challenge challenge, long number) {
        return payload(challenge.algorithm(), challenge.challenge(), number, challenge.salt(), challenge.signature());
    }

    public static String payload(String algorithm, String challenge, long number, String salt, String signature) {
        ObjectNode json = JSON.createObjectNode()
                .put("algorithm", algorithm)
                .put("challenge", challenge)
                .put("number", number)
                .put("salt", salt)
                .put("signature", signature)
                .put("took", 42);
        return base64(json.toString());
    }

    public static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
