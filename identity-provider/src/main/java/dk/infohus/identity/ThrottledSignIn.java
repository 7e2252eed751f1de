package dk.infohus.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login form's check of a user name and password, behind {@link SignInThrottle}: a name or an address with
 * too many failed sign-ins is refused before its password is checked, and every wrong password counts. The
 * login page shows a refusal in the same words as a wrong password, so it does not tell that a name is locked.
 * Every sign-in, failure and refusal is logged with the name and the address (ASVS 5.0 V16.3.1).
 */
final class ThrottledSignIn implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(ThrottledSignIn.class);

    static final String REFUSED = "too many failed sign-ins for this name or from this address";

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledSignIn(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address =
                authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
                        ? web.getRemoteAddress()
                        : "unknown";
        if (throttle.refuses(username, address)) {
            log.warn("Sign-in refused, too many failures: name {} from {}", printable(username), address);
            throw new LockedException(REFUSED);
        }
        try {
            Authentication signedIn = passwords.authenticate(authentication);
            log.info("Signed in: {} from {}", signedIn.getName(), address);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            log.info("Sign-in failed, wrong password or unknown name: {} from {}", printable(username), address);
            throw wrong;
        }
    }

    /** The name as typed, for the log: at most 64 characters, nothing that is not printable. */
    private static String printable(String typed) {
        String shown = typed.codePoints()
                .limit(64)
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return "'" + shown + "'";
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
