package dk.infohus.screening.policecheck.application;

import dk.infohus.calendar.WorkingDays;
import dk.infohus.contracts.InfohusEvent;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.platform.security.Caller;
import dk.infohus.screening.policecheck.application.PoliceChecks.QueueFilter;
import dk.infohus.screening.policecheck.application.PoliceChecks.QueuePage;
import dk.infohus.screening.policecheck.application.PoliceChecks.WaitingChecks;
import dk.infohus.screening.policecheck.domain.AgeGroup;
import dk.infohus.screening.policecheck.domain.ConcernDetails;
import dk.infohus.screening.policecheck.domain.CoordinatorSide;
import dk.infohus.screening.policecheck.domain.CoordinatorView;
import dk.infohus.screening.policecheck.domain.Coordinators;
import dk.infohus.screening.policecheck.domain.DeadlinePolicy;
import dk.infohus.screening.policecheck.domain.Decision;
import dk.infohus.screening.policecheck.domain.DecisionOutcome;
import dk.infohus.screening.policecheck.domain.Meeting;
import dk.infohus.screening.policecheck.domain.NotPresentedReason;
import dk.infohus.screening.policecheck.domain.ObstacleReason;
import dk.infohus.screening.policecheck.domain.Officer;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckAction;
import dk.infohus.screening.policecheck.domain.PoliceCheckId;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import dk.infohus.screening.policecheck.domain.PoliceNoteKind;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Screening concerns: the police coordinator's check and the two coordinators' decision. */
public class PoliceScreening {

    private static final Logger log = LoggerFactory.getLogger(PoliceScreening.class);

    /** The most checks one page of a queue shows, on a page or over the API. */
    public static final int MAX_PAGE_SIZE = 100;

    /** How many earlier concerns a check's history shows at most: the latest ones. */
    static final int MAX_HISTORY = 20;

    /**
     * What the coordinator who records a decision sends.
     *
     * @param reason required when not presented
     * @param explanation required when not presented
     * @param receivingUnit required when redirected
     * @param meeting required when presented
     * @param otherCoordinator the other coordinator's user id, needed only when they recorded no view (absent)
     * @param absenceReason why the other coordinator is absent, when they recorded no view
     */
    public record DecisionInput(
            @Nullable DecisionOutcome outcome,
            @Nullable NotPresentedReason reason,
            @Nullable String explanation,
            @Nullable String receivingUnit,
            @Nullable Meeting meeting,
            boolean urgent,
            @Nullable String otherCoordinator,
            @Nullable String absenceReason) {}

    private final PoliceChecks checks;
    private final LookAgainAgenda agenda;
    private final DeadlinePolicy deadlines;
    private final Clock clock;

    public PoliceScreening(PoliceChecks checks, LookAgainAgenda agenda, DeadlinePolicy deadlines, Clock clock) {
        this.checks = checks;
        this.agenda = agenda;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /**
     * Opens the police check of a concern intake received, stored with its {@code PoliceCheckOpened}
     * event and the id of the causing event in one write; a redelivered event changes nothing, and another
     * event about a case whose check is open already is refused and goes to the dead letters.
     */
    public void open(PoliceCheckId id, ConcernDetails concern, String causingEventId) {
        Changed<PoliceCheck> opened = PoliceCheck.open(id, concern, deadlines, clock.instant());
        if (checks.open(opened.aggregate(), opened.events(), causingEventId)) {
            log.info(
                    "Police check {} opened (acute: {}, municipality: {})",
                    id,
                    concern.acute(),
                    concern.municipality());
        }
    }

    /**
     * One page of the caller's queue: the checks in a state of the municipalities the caller works for
     * (narrowed to one of them if asked), acute first, then overdue, then by due time.
     *
     * @param municipality one of the caller's municipalities, or null for all of them; another one shows nothing
     * @param size 1 to {@value #MAX_PAGE_SIZE}
     */
    public QueuePage queue(
            Caller caller,
            PoliceCheckState state,
            @Nullable String municipality,
            @Nullable AgeGroup ageGroup,
            @Nullable Boolean acute,
            @Nullable Boolean overdue,
            int page,
            int size) {
        if (page < 0) {
            throw new InvalidInput("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "must be 1 to " + MAX_PAGE_SIZE);
        }
        Set<String> municipalities = new HashSet<>(ScreeningAccess.queueOf(caller));
        if (municipality != null) {
            municipalities.retainAll(Set.of(municipality));
        }
        if (municipalities.isEmpty()) {
            return new QueuePage(List.of(), page, size, false);
        }
        return checks.queue(
                new QueueFilter(state, municipalities, ageGroup, acute, overdue), clock.instant(), page, size);
    }

    /**
     * How much waits for the caller's action in the municipalities they work for, and how much of it is
     * overdue: for the workspace's count. Counted by the store.
     */
    public WaitingChecks waiting(Caller caller) {
        Set<PoliceCheckState> states = ScreeningAccess.waitingFor(caller);
        Set<String> municipalities = ScreeningAccess.queueOf(caller);
        if (states.isEmpty() || municipalities.isEmpty()) {
            return new WaitingChecks(0, 0);
        }
        return checks.countWaiting(states, municipalities, clock.instant());
    }

    /**
     * A check as the caller may see it, with the history of earlier concerns about its subject; one they may
     * not see is not found, exactly as an unknown one.
     */
    public VisiblePoliceCheck policeCheck(PoliceCheckId id, Caller caller) {
        PoliceCheck check = checks.find(id)
                .filter(found -> ScreeningAccess.maySee(caller, found))
                .orElseThrow(() -> notFound(id));
        boolean findings = ScreeningAccess.seesPoliceFindings(caller, check);
        boolean onlyThatPoliceHaveIt = !findings && check.state() == PoliceCheckState.TAKEN_OVER_BY_POLICE;
        return new VisiblePoliceCheck(check, findings, onlyThatPoliceHaveIt ? List.of() : history(check, caller));
    }

    /** Whether the check exists and the caller may see it; for the audit trail. */
    public boolean maySee(PoliceCheckId id, Caller caller) {
        return checks.find(id)
                .filter(found -> ScreeningAccess.maySee(caller, found))
                .isPresent();
    }

    private List<EarlierConcern> history(PoliceCheck check, Caller caller) {
        List<UUID> earlier = check.concern().earlierConcerns();
        List<UUID> latest = earlier.subList(Math.max(0, earlier.size() - MAX_HISTORY), earlier.size());
        return latest.stream()
                .map(caseId -> checks.find(new PoliceCheckId(caseId))
                        .filter(found -> ScreeningAccess.maySee(caller, found))
                        .map(found -> earlierConcern(caseId, found))
                        .orElse(new EarlierConcern(caseId, null, null, null, null, null)))
                .toList();
    }

    private static EarlierConcern earlierConcern(UUID caseId, PoliceCheck check) {
        Decision decision = check.decision();
        return new EarlierConcern(
                caseId,
                check.concern().receivedAt(),
                check.state(),
                decision == null ? null : decision.reason(),
                decision == null ? null : decision.explanation(),
                decision == null ? null : decision.at());
    }

    /** A police note, by the police coordinator; only police roles read it. */
    public PoliceCheck addNote(PoliceCheckId id, Caller caller, @Nullable PoliceNoteKind kind, @Nullable String text) {
        return addNote(id, caller, kind, text, null);
    }

    /** A police note sent by a form: the same submission twice is one note. */
    public PoliceCheck addNote(
            PoliceCheckId id,
            Caller caller,
            @Nullable PoliceNoteKind kind,
            @Nullable String text,
            @Nullable UUID submission) {
        return change(id, "noted", caller, ScreeningAccess::mayScreen, (check, now) -> {
            PoliceCheck.TRANSITIONS.apply(check.state(), PoliceCheckAction.ADD_NOTE);
            if (kind == null) {
                throw new InvalidInput("kind", "choose what the note is about");
            }
            return check.addNote(new Officer(caller.userId()), kind, text == null ? "" : text, submission, now);
        });
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
    public PoliceCheck takeOver(PoliceCheckId id, Caller caller, @Nullable String reason) {
        return change(
                id,
                "taken over by the police",
                caller,
                ScreeningAccess::mayScreen,
                (check, now) -> check.takeOver(new Officer(caller.userId()), reason == null ? "" : reason, now));
    }

    /**
     * The police coordinator records what prevents Infohus handling and the day to look again. The day goes
     * on the agenda before the check is written: if the write fails, the entry is stale and harmless.
     */
    public PoliceCheck recordObstacle(
            PoliceCheckId id, Caller caller, @Nullable ObstacleReason reason, @Nullable LocalDate lookAgainOn) {
        return change(id, "obstructed", caller, ScreeningAccess::mayScreen, (check, now) -> {
            List<InfohusEvent> events = check.recordObstacle(new Officer(caller.userId()), reason, lookAgainOn, now);
            agenda.add(check.obstacle().lookAgainOn(), id);
            return events;
        });
    }

    /** The municipal coordinator's 24-hour assessment of whether a child needs acute measures. */
    public PoliceCheck assessChild(
            PoliceCheckId id, Caller caller, @Nullable Boolean acuteMeasuresNeeded, @Nullable String note) {
        return change(id, "child assessed", caller, ScreeningAccess::mayAssessChild, (check, now) -> {
            PoliceCheck.TRANSITIONS.apply(check.state(), PoliceCheckAction.ASSESS_CHILD);
            if (acuteMeasuresNeeded == null) {
                throw new InvalidInput("acuteMeasuresNeeded", "say whether acute measures are needed");
            }
            return check.assessChild(caller.userId(), acuteMeasuresNeeded, note, now);
        });
    }

    /** A coordinator records their own side's view of a cleared concern. */
    public PoliceCheck recordView(PoliceCheckId id, Caller caller, @Nullable Boolean present, @Nullable String note) {
        CoordinatorSide side = ScreeningAccess.sideOf(caller).orElseThrow(() -> notFound(id));
        return change(id, "view recorded (" + side + ")", caller, ScreeningAccess::mayDecide, (check, now) -> {
            PoliceCheck.TRANSITIONS.apply(check.state(), PoliceCheckAction.RECORD_VIEW);
            if (present == null) {
                throw new InvalidInput("present", "say whether it should be presented to Infohus");
            }
            return check.recordView(side, caller.userId(), present, note, now);
        });
    }

    /**
     * The two coordinators' decision on a cleared concern, recorded by one of them once both recorded their
     * view, or once they recorded theirs and say why the other was absent.
     */
    public PoliceCheck decide(PoliceCheckId id, Caller caller, DecisionInput input) {
        CoordinatorSide side = ScreeningAccess.sideOf(caller).orElseThrow(() -> notFound(id));
        DecisionOutcome outcome = input.outcome();
        if (outcome == null) {
            throw new InvalidInput("outcome", "choose PRESENT or NOT_PRESENTED");
        }
        PoliceCheckAction action =
                outcome == DecisionOutcome.PRESENT ? PoliceCheckAction.PRESENT : PoliceCheckAction.DECLINE;
        return change(id, "decided (" + outcome + ")", caller, ScreeningAccess::mayDecide, (check, now) -> {
            PoliceCheck.TRANSITIONS.apply(check.state(), action);
            // the same order as the domain's rules: own view, then the other's or their absence, then names
            if (check.viewOf(side) == null) {
                throw new InvalidInput("view", "record your own view before the decision");
            }
            boolean otherViewed = check.viewOf(other(side)) != null;
            if (!otherViewed
                    && (input.absenceReason() == null || input.absenceReason().isBlank())) {
                throw new InvalidInput(
                        "absenceReason",
                        "the other coordinator's view is missing: record it, or say why they were absent");
            }
            Coordinators by = coordinators(check, side, caller.userId(), input.otherCoordinator());
            return switch (outcome) {
                case PRESENT -> {
                    if (input.reason() != null) {
                        throw new InvalidInput("reason", "only a concern that is not presented has a reason");
                    }
                    yield check.present(by, side, input.meeting(), input.urgent(), input.absenceReason(), now);
                }
                case NOT_PRESENTED ->
                    check.decline(
                            by,
                            side,
                            input.reason(),
                            input.explanation(),
                            input.receivingUnit(),
                            input.absenceReason(),
                            now);
            };
        });
    }

    /** The two coordinators: the caller for their side, the other from their view or as named (absent). */
    private static Coordinators coordinators(
            PoliceCheck check, CoordinatorSide side, String self, @Nullable String named) {
        CoordinatorSide otherSide =
                side == CoordinatorSide.MUNICIPAL ? CoordinatorSide.POLICE : CoordinatorSide.MUNICIPAL;
        CoordinatorView otherView = check.viewOf(otherSide);
        boolean namedSomeone = named != null && !named.isBlank();
        if (otherView != null && namedSomeone) {
            throw new InvalidInput(
                    "otherCoordinator", "the other coordinator recorded their view: name them only when absent");
        }
        String other = otherView != null ? otherView.coordinator() : named == null ? "" : named;
        return side == CoordinatorSide.MUNICIPAL
                ? Coordinators.municipalWith(self, other)
                : Coordinators.policeWith(self, other);
    }

    private static CoordinatorSide other(CoordinatorSide side) {
        return side == CoordinatorSide.MUNICIPAL ? CoordinatorSide.POLICE : CoordinatorSide.MUNICIPAL;
    }

    /**
     * Brings back to the queue every obstructed check whose day to look again has come, reading only the
     * agenda's lists of the days since the last run; today's list stays until tomorrow, since an obstacle may
     * still be put on today.
     *
     * @return how many checks came back
     */
    public int lookAgain() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(WorkingDays.COPENHAGEN).toLocalDate();
        LocalDate day = agenda.doneThrough()
                .map(done -> done.plusDays(1))
                .filter(next -> !next.isBefore(today.minusDays(PoliceCheck.MAX_DAYS_TO_LOOK_AGAIN)))
                .orElse(today.minusDays(1));
        int reopened = 0;
        for (; !day.isAfter(today); day = day.plusDays(1)) {
            for (PoliceCheckId id : agenda.on(day)) {
                boolean[] back = {false};
                checks.change(id, check -> {
                    back[0] = check.isDueToLookAgainOn(today);
                    return back[0] ? check.lookAgain(deadlines, now) : List.of();
                });
                if (back[0]) {
                    reopened++;
                    log.info("Police check {} back in the queue: its day to look again came", id);
                }
            }
            if (day.isBefore(today)) {
                agenda.done(day);
            }
        }
        return reopened;
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
