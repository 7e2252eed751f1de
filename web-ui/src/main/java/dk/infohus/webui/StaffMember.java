package dk.infohus.webui;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.ClaimAccessor;

/**
 * The signed-in person as the staff layout shows them: name, role and the links to their work. Read from
 * the claims of whoever is signed in: a service's access token ({@code Jwt}) or the front door's ID token
 * ({@code OidcUser}), both {@link ClaimAccessor}s with the same claim names ({@code name}, {@code
 * preferred_username}, {@code role}).
 *
 * @param name the display name, else the user name
 * @param role the {@code role} claim, e.g. {@code police-coordinator}; its words are {@code role.<claim>}
 * @param work the staff navigation for the role ({@link WorkLink#forRole})
 */
public record StaffMember(String name, @Nullable String role, List<WorkLink> work) {

    public StaffMember {
        work = List.copyOf(work);
    }

    /** Who is signed in on this request, if anyone. */
    public static Optional<StaffMember> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (!(authentication.getPrincipal() instanceof ClaimAccessor claims)) {
            return Optional.empty();
        }
        String role = claims.getClaimAsString("role");
        return Optional.of(new StaffMember(nameOf(claims, authentication), role, WorkLink.forRole(role)));
    }

    private static String nameOf(ClaimAccessor claims, Authentication authentication) {
        for (String claim : List.of("name", "preferred_username")) {
            String value = claims.getClaimAsString(claim);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return authentication.getName();
    }
}
