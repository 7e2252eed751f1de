package dk.infohus.platform.security;

import dk.infohus.contracts.Role;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Reads {@link Allow}: whether a caller's role may call an endpoint at all. */
public final class Allows {

    private Allows() {}

    /** Whether the role may call an endpoint so annotated; an endpoint without {@link Allow} admits no one. */
    public static boolean admit(@Nullable Allow allow, Role role) {
        if (allow == null) {
            return false;
        }
        if (allow.anyone()) {
            return true;
        }
        if (allow.anySignedIn() && role != Role.CITIZEN) {
            return true;
        }
        return Arrays.asList(allow.value()).contains(role);
    }
}
