package dk.infohus.identity;

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
 */
final class ThrottledSignIn implements AuthenticationProvider {

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
            throw new LockedException(REFUSED);
        }
        try {
            return passwords.authenticate(authentication);
        } catch (BadCredentialsException wrong) {
            throttle.failed(username, address);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
