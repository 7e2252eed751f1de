package dk.infohus.screening.policecheck.adapter.scheduling;

import dk.infohus.screening.policecheck.application.PoliceScreening;
import io.micrometer.core.annotation.Timed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Brings obstructed checks back to the queue on their day to look again: shortly after each midnight, and
 * every few minutes after, so a check obstructed until today, or missed while the service was down, comes
 * back the same day. Every run reads only the agenda's lists of the days due.
 */
@Component
class LookingAgain {

    private static final Logger log = LoggerFactory.getLogger(LookingAgain.class);

    private final PoliceScreening screening;

    LookingAgain(PoliceScreening screening) {
        this.screening = screening;
    }

    @Scheduled(
            initialDelayString = "${infohus.screening.look-again.initial-delay:PT30S}",
            fixedDelayString = "${infohus.screening.look-again.every:PT5M}")
    @Timed("infohus.screening.look-again")
    void lookAgain() {
        int back = screening.lookAgain();
        if (back > 0) {
            log.info("{} obstructed police checks back in the queue", back);
        }
    }
}
