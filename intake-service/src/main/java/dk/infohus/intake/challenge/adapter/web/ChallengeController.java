package dk.infohus.intake.challenge.adapter.web;

import dk.infohus.intake.challenge.application.ProofOfWork;
import dk.infohus.intake.challenge.domain.Challenge;
import dk.infohus.platform.security.Allow;
import io.micrometer.core.annotation.Timed;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The proof-of-work challenge the public form's ALTCHA widget fetches. Open to anyone, signed in or not;
 * it lies outside {@code /api/}, so it writes no audit entry: a challenge names no person and no record,
 * and an entry per page view would only bury the entries that matter.
 */
@RestController
class ChallengeController {

    static final String PATH = "/offentlig/udfordring";

    private final ProofOfWork proofOfWork;

    ChallengeController(ProofOfWork proofOfWork) {
        this.proofOfWork = proofOfWork;
    }

    /** The widget's JSON, field names as ALTCHA's protocol v1 spells them. */
    record ChallengeResponse(String algorithm, String challenge, long maxnumber, String salt, String signature) {}

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    // public; AccessInterceptor guards only /api/**, this says so should that ever change
    @Allow(anyone = true)
    @Timed("infohus.intake.challenges.issued")
    ResponseEntity<ChallengeResponse> challenge() {
        Challenge challenge = proofOfWork.issue();
        // one challenge, one form: never from a cache, shared or the browser's
        return ResponseEntity.ok()
                .cacheControl(CacheControl.noStore())
                .body(new ChallengeResponse(
                        challenge.algorithm(),
                        challenge.challenge(),
                        challenge.maxNumber(),
                        challenge.salt(),
                        challenge.signature()));
    }
}
