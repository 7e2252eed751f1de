package dk.infohus.platform.security;

import dk.infohus.contracts.Role;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.oauth2.jwt.Jwt;

/** Reads a {@link Caller} from the claims of a validated access token. */
public final class JwtCallers {

    private JwtCallers() {}

    /**
     * @throws IllegalArgumentException if the token names no user, no known role or no municipality: such
     *     a token grants nothing
     */
    public static Caller fromToken(Jwt jwt) {
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            throw new IllegalArgumentException("token names no user");
        }
        Role role = Role.ofClaim(String.valueOf(jwt.getClaimAsString("role")))
                .filter(Caller::signedInRole)
                .orElseThrow(() -> new IllegalArgumentException("token has no known role"));
        String municipality = jwt.getClaimAsString("municipality");
        if (municipality == null || !municipality.matches("\\d{3}")) {
            throw new IllegalArgumentException("token has no municipality");
        }
        Set<String> municipalities = new HashSet<>();
        municipalities.add(municipality);
        List<String> district = jwt.getClaimAsStringList("municipalities");
        if ((role == Role.POLICE_COORDINATOR || role == Role.POLICE_SYSTEM) && district != null) {
            municipalities.addAll(district);
        }
        return new Caller(
                jwt.getSubject(),
                role,
                municipality,
                municipalities,
                jwt.getClaimAsString("department"),
                jwt.getClaimAsString("authority"),
                jwt.getClaimAsString("organisation"));
    }
}
