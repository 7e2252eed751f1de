package dk.infohus.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.platform.outbox.ConcurrentChange;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ProblemDetail;

/** Issue 13 item 7: the 409 for a version conflict names the current state, like every other 409. */
class ConcurrentChangeProblemTest {

    private final ProblemDetailsAdvice advice = new ProblemDetailsAdvice();

    @Test
    void aChangeThatKeptLosingIsA409NamingTheStateItIsInNow() {
        ProblemDetail problem = (ProblemDetail) advice.concurrentChange(new ConcurrentChange(
                        "police check", "CLEARED", new OptimisticLockingFailureException("version 3")))
                .getBody();

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getType().toString()).endsWith("/concurrent-change");
        assertThat(problem.getProperties()).containsEntry("currentState", "CLEARED");
        assertThat(problem.getDetail())
                .contains("police check", "it is now CLEARED")
                .doesNotContain("version 3");
    }

    @Test
    void withoutAStateItSaysToReloadAndNamesNoState() {
        ProblemDetail problem = (ProblemDetail) advice.concurrentChange(
                        new ConcurrentChange("referral", null, new OptimisticLockingFailureException("x")))
                .getBody();

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getProperties() == null ? java.util.Map.of() : problem.getProperties())
                .doesNotContainKey("currentState");
        assertThat(problem.getDetail()).contains("referral", "Reload");
    }
}
