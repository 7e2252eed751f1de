package dk.infohus.identity;

import dk.infohus.contracts.Role;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * One user from {@code infohus.identity.users}, with the attributes that become the claims of their tokens. A
 * user whose attributes do not fit the role (a police coordinator without a police district, a caseworker without
 * a department) stops the start, so that no token ever lacks what the services need to decide need to know.
 *
 * @param username the user name, the {@code sub} claim
 * @param password the password with its encoder id: {@code {bcrypt}...} (or {@code {noop}...} for a demo)
 * @param name the display name, the {@code name} claim
 * @param role the one role, the {@code role} claim
 * @param municipality the kommunekode (3 digits) the user works for, the {@code municipality} claim
 * @param municipalities the kommunekoder of a police coordinator's police district, the {@code municipalities} claim
 * @param policeDistrict the police district, e.g. {@code midt-og-vestjylland}, the {@code police_district} claim
 * @param department a caseworker's department code, the {@code department} claim
 * @param authority an Infohus member's authority, the {@code authority} claim
 * @param organisation a reporter's organisation, the {@code organisation} claim
 */
public record UserAccount(
        String username,
        String password,
        String name,
        Role role,
        String municipality,
        @DefaultValue List<String> municipalities,
        @Nullable String policeDistrict,
        @Nullable String department,
        @Nullable String authority,
        @Nullable String organisation) {

    /** The authorities an Infohus member may speak for. */
    public static final Set<String> AUTHORITIES =
            Set.of("beskaeftigelse", "ungevejledningen", "boern-og-forebyggelse", "handicap-og-psykiatri", "politi");

    private static final Pattern KOMMUNEKODE = Pattern.compile("\\d{3}");
    private static final Pattern ENCODED = Pattern.compile("\\{[\\w-]+}.+");

    public UserAccount {
        require(username, "infohus.identity.users[].username");
        String who = "infohus.identity.users[" + username + "]";
        requireEncoderId(password, who + ".password");
        require(name, who + ".name");
        if (role == null) {
            throw new IllegalArgumentException(who + ".role is missing");
        }
        if (municipality == null || !KOMMUNEKODE.matcher(municipality).matches()) {
            throw new IllegalArgumentException(who + ".municipality must be a kommunekode of 3 digits");
        }
        municipalities = List.copyOf(municipalities);
        for (String code : municipalities) {
            if (!KOMMUNEKODE.matcher(code).matches()) {
                throw new IllegalArgumentException(who + ".municipalities must be kommunekoder of 3 digits");
            }
        }
        switch (role) {
            case REPORTER -> require(organisation, who + ".organisation");
            case POLICE_COORDINATOR -> {
                require(policeDistrict, who + ".police-district");
                if (!municipalities.contains(municipality)) {
                    throw new IllegalArgumentException(who
                            + ".municipalities must list the municipalities of the police district, its own included");
                }
            }
            case NETWORK_MEMBER -> require(policeDistrict, who + ".police-district");
            case POLICE_SYSTEM ->
                throw new IllegalArgumentException(who
                        + ".role police-system is the police's machine client's (infohus.identity.police-system), not a"
                        + " person's");
            case INFOHUS_MEMBER -> {
                require(authority, who + ".authority");
                if (!AUTHORITIES.contains(authority)) {
                    throw new IllegalArgumentException(who + ".authority must be one of " + AUTHORITIES);
                }
            }
            case DEPARTMENT_CASEWORKER -> require(department, who + ".department");
            case CITIZEN ->
                throw new IllegalArgumentException(
                        who + ".role: a citizen is someone who is not signed in, never a user");
            case MUNICIPAL_COORDINATOR, ADMINISTRATOR -> {
                // the municipality is all they need
            }
        }
    }

    static void requireEncoderId(@Nullable String encoded, String what) {
        if (encoded == null || !ENCODED.matcher(encoded).matches()) {
            throw new IllegalArgumentException(
                    what + " must name its encoder, e.g. {bcrypt}$2a$10$... (or {noop}... for a demo)");
        }
    }

    private static void require(@Nullable String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is missing");
        }
    }
}
