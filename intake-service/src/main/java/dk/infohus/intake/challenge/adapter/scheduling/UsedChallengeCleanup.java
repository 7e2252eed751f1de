package dk.infohus.intake.challenge.adapter.scheduling;

import dk.infohus.intake.challenge.application.ProofOfWork;
import io.micrometer.core.annotation.Timed;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Forgets expired used challenges, every {@code infohus.intake.challenge.cleanup-interval} (10 minutes). */
@Component
class UsedChallengeCleanup {

    private final ProofOfWork proofOfWork;

    UsedChallengeCleanup(ProofOfWork proofOfWork) {
        this.proofOfWork = proofOfWork;
    }

    @Scheduled(
            fixedDelayString = "${infohus.intake.challenge.cleanup-interval:10m}",
            initialDelayString = "${infohus.intake.challenge.cleanup-interval:10m}")
    @Timed("infohus.intake.used-challenge-cleanup")
    void forgetExpired() {
        proofOfWork.forgetExpired();
    }
}
