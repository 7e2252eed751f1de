package dk.infohus.platform.security;

import dk.infohus.contracts.Role;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling, from the claims of their token (or a citizen who is not signed in). Every record carries
 * its municipality, and no role reads across municipalities except a police coordinator across the
 * municipalities of their police district.
 *
 * @param userId the token's subject; "anonymous" for a citizen
 * @param municipality kommunekode of the caller's own municipality
 * @param municipalities the municipalities the caller works for (a police district's, or just their own)
 * @param department a caseworker's department code
 * @param authority an Infohus member's authority
 */
public record Caller(
        String userId,
        Role role,
        @Nullable String municipality,
        Set<String> municipalities,
        @Nullable String department,
        @Nullable String authority,
        @Nullable String organisation) {

    public static final String ANONYMOUS = "anonymous";

    public Caller {
        municipalities = Set.copyOf(municipalities);
    }

    /** A citizen who is not signed in. */
    public static Caller citizen() {
        return new Caller(ANONYMOUS, Role.CITIZEN, null, Set.of(), null, null, null);
    }

    public boolean is(Role... roles) {
        for (Role candidate : roles) {
            if (role == candidate) {
                return true;
            }
        }
        return false;
    }

    /** A role a token may carry: every role but the citizen's, who has no token. */
    static boolean signedInRole(Role role) {
        return role != Role.CITIZEN;
    }

    public boolean signedIn() {
        return role != Role.CITIZEN;
    }

    /** Whether the caller works for {@code municipality} at all; the role decides what they see there. */
    public boolean worksFor(String municipality) {
        return municipalities.contains(municipality);
    }

    @Override
    public String toString() {
        return "Caller[" + userId + ", " + role.claim() + ", " + municipalities + "]";
    }
}
