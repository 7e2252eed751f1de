package dk.infohus.identity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** The users of {@code infohus.identity.users}, for the login form and for the claims of their tokens. */
public final class UserDirectory implements UserDetailsService {

    private final Map<String, UserAccount> users = new LinkedHashMap<>();

    public UserDirectory(Iterable<UserAccount> accounts) {
        for (UserAccount account : accounts) {
            if (users.putIfAbsent(account.username(), account) != null) {
                throw new IllegalArgumentException(
                        "infohus.identity.users names " + account.username() + " more than once");
            }
        }
    }

    public Optional<UserAccount> find(String username) {
        return Optional.ofNullable(users.get(username));
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = find(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
        return User.withUsername(account.username())
                .password(account.password())
                .roles(account.role().name())
                .build();
    }
}
