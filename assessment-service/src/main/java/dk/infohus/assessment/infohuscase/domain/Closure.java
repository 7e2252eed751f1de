package dk.infohus.assessment.infohuscase.domain;

import java.time.Instant;

/**
 * Why and by whom Infohus ended its work on a case.
 *
 * @param reason why, in the coordinator's words
 * @param closedBy who closed it: the coordinator's user id, from their sign-in
 */
public record Closure(String reason, String closedBy, Instant closedAt) {

    public Closure {
        Recommendation.requireText(reason, "reason", "say why the case is closed");
        Recommendation.requireText(closedBy, "closedBy", "say who closes the case");
    }

    @Override
    public String toString() {
        return "Closure[" + closedAt + ", redacted]";
    }
}
