package dk.infohus.gateway.session;

import dk.infohus.gateway.Problem;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/me}: the signed-in person's name, role and municipality for the pages, or 401. */
@RestController
class SignedInPersonController {

    @GetMapping("/api/me")
    ResponseEntity<?> me(Authentication authentication) {
        if (authentication.getPrincipal() instanceof OidcUser user) {
            return ResponseEntity.ok(SignedInPerson.of(user));
        }
        // signed in some other way than OIDC: the front door knows no such person
        return ResponseEntity.status(Problem.SIGN_IN_REQUIRED.status())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(Problem.SIGN_IN_REQUIRED);
    }
}
