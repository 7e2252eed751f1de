package dk.infohus.screening.policecheck.application;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.screening.policecheck.application.PoliceChecks.QueueEntry;
import dk.infohus.screening.policecheck.domain.ConcernDetails;
import dk.infohus.screening.policecheck.domain.Coordinators;
import dk.infohus.screening.policecheck.domain.DecisionOutcome;
import dk.infohus.screening.policecheck.domain.NotPresentedReason;
import dk.infohus.screening.policecheck.domain.Officer;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Screening concerns: the police coordinator's check and the two coordinators' decision. */
public class PoliceScreening {

    private static final Logger log = LoggerFactory.getLogger(PoliceScreening.class);

    private final PoliceChecks checks;
    private final Clock clock;

    public PoliceScreening(PoliceChecks checks, Clock clock) {
        this.checks = checks;
        this.clock = clock;
    }

    /**
     * Opens the police check of a concern intake received, stored with its {@code PoliceCheckOpened}
     * event and the id of the causing event in one write; a redelivered event changes nothing.
     */
    public void open(PoliceCheckId id, ConcernDetails concern, String causingEventId) {
        Changed<PoliceCheck> opened = PoliceCheck.open(id, concern, clock.instant());
        if (checks.open(opened.aggregate(), opened.events(), causingEventId)) {
            log.info(
                    "Police check {} opened (acute: {}, municipality: {})",
                    id,
                    concern.acute(),
                    concern.municipality());
        }
    }

    /** The checks in a state, acute first and then oldest first: the police coordinator's queue. */
    public List<QueueEntry> queue(PoliceCheckState state) {
        return checks.inState(state);
    }

    public PoliceCheck policeCheck(PoliceCheckId id) {
        return checks.find(id).orElseThrow(() -> new NotFound("police check", id));
    }

    public PoliceCheck clear(PoliceCheckId id, Officer by, @Nullable String note) {
        return change(id, "cleared", (check, now) -> check.clear(by, note, now));
    }

    public PoliceCheck takeOver(PoliceCheckId id, Officer by, String reason) {
        return change(id, "taken over by the police", (check, now) -> check.takeOver(by, reason, now));
    }

    /**
     * The two coordinators' decision on a cleared concern: present it to Infohus, or not, for a reason
     * that must then be given.
     */
    public PoliceCheck decide(
            PoliceCheckId id, DecisionOutcome outcome, @Nullable NotPresentedReason reason, Coordinators by) {
        return switch (outcome) {
            case PRESENT -> {
                if (reason != null) {
                    throw new InvalidInput("reason", "only a concern that is not presented has a reason");
                }
                yield change(id, "presented to Infohus", (check, now) -> check.present(by, now));
            }
            case NOT_PRESENTED -> {
                if (reason == null) {
                    throw new InvalidInput("reason", "tell why: UNFOUNDED or REDIRECTED");
                }
                yield change(id, "not presented (" + reason + ")", (check, now) -> check.decline(by, reason, now));
            }
        };
    }

    private PoliceCheck change(
            PoliceCheckId id, String what, BiFunction<PoliceCheck, Instant, List<InfohusEvent>> change) {
        Instant now = clock.instant();
        PoliceCheck changed = checks.change(id, check -> change.apply(check, now))
                .orElseThrow(() -> new NotFound("police check", id));
        log.info("Police check {} {}", id, what);
        return changed;
    }
}
