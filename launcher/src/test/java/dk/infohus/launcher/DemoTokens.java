package dk.infohus.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Access tokens of the demo users, signed in at the stack's identity provider as the front door signs people
 * in ({@link DemoSignIn}); each is kept for two minutes and then taken anew, well before it expires.
 */
final class DemoTokens {

    private static final Duration KEPT = Duration.ofMinutes(2);

    private final LocalStack stack;
    private final Map<String, Token> held = new ConcurrentHashMap<>();

    DemoTokens(LocalStack stack) {
        this.stack = stack;
    }

    /** The access token of a demo user (every demo user's password is {@code infohus}). */
    String of(String user) {
        Token token = held.get(user);
        if (token == null || token.at().isBefore(Instant.now().minus(KEPT))) {
            try {
                String redirect = stack.gatewayUrl().orElseThrow() + "/login/oauth2/code/infohus";
                token = new Token(
                        new DemoSignIn(stack.identityIssuer(), redirect).accessToken(user, "infohus"), Instant.now());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            held.put(user, token);
        }
        return token.value();
    }

    private record Token(String value, Instant at) {}
}
