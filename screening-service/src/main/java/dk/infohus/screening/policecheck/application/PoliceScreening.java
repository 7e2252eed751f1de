package dk.infohus.screening.policecheck.application;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.Role;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.platform.security.Caller;
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
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
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
     * event and the id of the causing event in one write; a redelivered event changes nothing, and another
     * event about a case whose check is open already is refused and goes to the dead letters.
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

    /**
     * The checks in a state of the municipalities the caller works for, acute first and then oldest first:
     * the police coordinator's queue for their police district, the municipal coordinator's for their
     * municipality.
     */
    public List<QueueEntry> queue(PoliceCheckState state, Caller caller) {
        Set<String> municipalities = ScreeningAccess.queueOf(caller);
        return municipalities.isEmpty() ? List.of() : checks.inState(state, municipalities);
    }

    /** A check as the caller may see it; one they may not see is not found, exactly as an unknown one. */
    public VisiblePoliceCheck policeCheck(PoliceCheckId id, Caller caller) {
        PoliceCheck check = checks.find(id)
                .filter(found -> ScreeningAccess.maySee(caller, found))
                .orElseThrow(() -> notFound(id));
        return new VisiblePoliceCheck(check, ScreeningAccess.seesPoliceFindings(caller, check));
    }

    /** The police coordinator clears the concern; they are the officer. */
    public PoliceCheck clear(PoliceCheckId id, Caller caller, @Nullable String note) {
        return change(
                id,
                "cleared",
                caller,
                ScreeningAccess::mayScreen,
                (check, now) -> check.clear(new Officer(caller.userId()), note, now));
    }

    /** The police coordinator takes the concern over; they are the officer. */
    public PoliceCheck takeOver(PoliceCheckId id, Caller caller, String reason) {
        return change(
                id,
                "taken over by the police",
                caller,
                ScreeningAccess::mayScreen,
                (check, now) -> check.takeOver(new Officer(caller.userId()), reason, now));
    }

    /**
     * The two coordinators' decision on a cleared concern: present it to Infohus, or not, for a reason
     * that must then be given. The caller is the coordinator of their own side and names the other one.
     */
    public PoliceCheck decide(
            PoliceCheckId id,
            Caller caller,
            DecisionOutcome outcome,
            @Nullable NotPresentedReason reason,
            String otherCoordinator) {
        Coordinators by;
        if (caller.is(Role.MUNICIPAL_COORDINATOR)) {
            by = Coordinators.municipalWith(caller.userId(), otherCoordinator);
        } else if (caller.is(Role.POLICE_COORDINATOR)) {
            by = Coordinators.policeWith(caller.userId(), otherCoordinator);
        } else {
            throw notFound(id);
        }
        return switch (outcome) {
            case PRESENT -> {
                if (reason != null) {
                    throw new InvalidInput("reason", "only a concern that is not presented has a reason");
                }
                yield change(
                        id,
                        "presented to Infohus",
                        caller,
                        ScreeningAccess::mayDecide,
                        (check, now) -> check.present(by, now));
            }
            case NOT_PRESENTED -> {
                if (reason == null) {
                    throw new InvalidInput("reason", "tell why: UNFOUNDED or REDIRECTED");
                }
                yield change(
                        id,
                        "not presented (" + reason + ")",
                        caller,
                        ScreeningAccess::mayDecide,
                        (check, now) -> check.decline(by, reason, now));
            }
        };
    }

    /**
     * Changes a check the caller may change; one they may not is not found, exactly as an unknown one,
     * before its state is even looked at.
     */
    private PoliceCheck change(
            PoliceCheckId id,
            String what,
            Caller caller,
            BiPredicate<Caller, PoliceCheck> may,
            BiFunction<PoliceCheck, Instant, List<InfohusEvent>> change) {
        Instant now = clock.instant();
        PoliceCheck changed = checks.change(id, check -> {
                    if (!may.test(caller, check)) {
                        throw notFound(id);
                    }
                    return change.apply(check, now);
                })
                .orElseThrow(() -> notFound(id));
        log.info("Police check {} {}", id, what);
        return changed;
    }

    private static NotFound notFound(PoliceCheckId id) {
        return new NotFound("police check", id);
    }
}
