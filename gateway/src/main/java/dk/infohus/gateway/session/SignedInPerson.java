package dk.infohus.gateway.session;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, as the pages need it: from the ID token's claims (see the shared claim names: {@code
 * role}, {@code municipality}, {@code municipalities}, {@code police_district}, {@code department},
 * {@code authority}, {@code organisation}). Claims a role does not have are left out.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record SignedInPerson(
        String username,
        @Nullable String name,
        @Nullable String role,
        @Nullable String municipality,
        @Nullable List<String> municipalities,
        @Nullable String policeDistrict,
        @Nullable String department,
        @Nullable String authority,
        @Nullable String organisation) {

    static SignedInPerson of(OidcUser user) {
        String username = user.getPreferredUsername() != null ? user.getPreferredUsername() : user.getSubject();
        return new SignedInPerson(
                username,
                user.getFullName(),
                user.getClaimAsString("role"),
                user.getClaimAsString("municipality"),
                user.hasClaim("municipalities") ? user.getClaimAsStringList("municipalities") : null,
                user.getClaimAsString("police_district"),
                user.getClaimAsString("department"),
                user.getClaimAsString("authority"),
                user.getClaimAsString("organisation"));
    }
}
