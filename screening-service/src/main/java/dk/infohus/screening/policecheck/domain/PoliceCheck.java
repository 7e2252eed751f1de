package dk.infohus.screening.policecheck.domain;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.screening.ConcernNotPresented;
import dk.infohus.contracts.screening.ConcernPresentedToInfohus;
import dk.infohus.contracts.screening.ConcernTakenOverByPolice;
import dk.infohus.contracts.screening.PoliceCheckCleared;
import dk.infohus.contracts.screening.PoliceCheckOpened;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.domain.TransitionTable;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The police check of one concern (the plan's steps 2 and 3): the police coordinator screens it for
 * criminal or acute security matters and for anything that prevents Infohus handling, and either
 * clears it or takes it over; then the municipal and the police coordinator decide together whether
 * a cleared concern is presented to Infohus.
 */
public final class PoliceCheck {

    /** Every transition a police check allows; anything else is an {@code IllegalTransition}. */
    public static final TransitionTable<PoliceCheckState, PoliceCheckAction> TRANSITIONS = TransitionTable.of(
                    "police check", PoliceCheckState.class, PoliceCheckAction.class)
            .allow(PoliceCheckState.OPEN, PoliceCheckAction.CLEAR, PoliceCheckState.CLEARED)
            .allow(PoliceCheckState.OPEN, PoliceCheckAction.TAKE_OVER, PoliceCheckState.TAKEN_OVER_BY_POLICE)
            .allow(PoliceCheckState.CLEARED, PoliceCheckAction.TAKE_OVER, PoliceCheckState.TAKEN_OVER_BY_POLICE)
            .allow(PoliceCheckState.CLEARED, PoliceCheckAction.PRESENT, PoliceCheckState.PRESENTED_TO_INFOHUS)
            .allow(PoliceCheckState.CLEARED, PoliceCheckAction.DECLINE, PoliceCheckState.NOT_PRESENTED)
            .build();

    /** Longest note or reason an officer may write. */
    public static final int MAX_TEXT_LENGTH = 2_000;

    private final PoliceCheckId id;
    private final ConcernDetails concern;
    private final Instant openedAt;
    private PoliceCheckState state;
    private @Nullable Clearance clearance;
    private @Nullable TakeOver takeOver;
    private @Nullable Decision decision;

    private PoliceCheck(
            PoliceCheckId id,
            ConcernDetails concern,
            Instant openedAt,
            PoliceCheckState state,
            @Nullable Clearance clearance,
            @Nullable TakeOver takeOver,
            @Nullable Decision decision) {
        this.id = id;
        this.concern = concern;
        this.openedAt = openedAt;
        this.state = state;
        this.clearance = clearance;
        this.takeOver = takeOver;
        this.decision = decision;
    }

    /** Opens the check of a concern intake received; the police systems are told at once. */
    public static Changed<PoliceCheck> open(PoliceCheckId id, ConcernDetails concern, Instant now) {
        PoliceCheck check = new PoliceCheck(id, concern, now, PoliceCheckState.OPEN, null, null, null);
        return new Changed<>(
                check, List.of(new PoliceCheckOpened(id.value(), concern.municipality(), now, concern.acute())));
    }

    /** Rebuilds a stored police check. */
    public static PoliceCheck restore(
            PoliceCheckId id,
            ConcernDetails concern,
            Instant openedAt,
            PoliceCheckState state,
            @Nullable Clearance clearance,
            @Nullable TakeOver takeOver,
            @Nullable Decision decision) {
        return new PoliceCheck(id, concern, openedAt, state, clearance, takeOver, decision);
    }

    /** The police found no criminal or acute matter and nothing that prevents Infohus handling. */
    public List<InfohusEvent> clear(Officer by, @Nullable String note, Instant now) {
        PoliceCheckState next = TRANSITIONS.apply(state, PoliceCheckAction.CLEAR);
        String checkedNote = note == null || note.isBlank() ? null : limited("note", note.strip());
        state = next;
        clearance = new Clearance(by, checkedNote, now);
        return List.of(new PoliceCheckCleared(id.value(), concern.municipality(), now, by.name()));
    }

    /** The concern is criminal or acute and stays with the police alone, whether cleared before or not. */
    public List<InfohusEvent> takeOver(Officer by, String reason, Instant now) {
        PoliceCheckState next = TRANSITIONS.apply(state, PoliceCheckAction.TAKE_OVER);
        if (reason.isBlank()) {
            throw new InvalidInput("reason", "tell the municipal coordinator why the police take the concern over");
        }
        String checkedReason = limited("reason", reason.strip());
        state = next;
        takeOver = new TakeOver(by, checkedReason, now);
        return List.of(new ConcernTakenOverByPolice(id.value(), concern.municipality(), now, by.name()));
    }

    /** The two coordinators present the concern to Infohus, which must know whom it is about. */
    public List<InfohusEvent> present(Coordinators by, Instant now) {
        state = TRANSITIONS.apply(state, PoliceCheckAction.PRESENT);
        decision = new Decision(DecisionOutcome.PRESENT, null, by, now);
        return List.of(new ConcernPresentedToInfohus(
                id.value(),
                concern.municipality(),
                now,
                by.municipal(),
                by.police(),
                concern.subjectKind().name(),
                concern.subject()));
    }

    /** The two coordinators close the concern as unfounded or redirect it; Infohus does not handle it. */
    public List<InfohusEvent> decline(Coordinators by, NotPresentedReason reason, Instant now) {
        state = TRANSITIONS.apply(state, PoliceCheckAction.DECLINE);
        decision = new Decision(DecisionOutcome.NOT_PRESENTED, reason, by, now);
        return List.of(new ConcernNotPresented(
                id.value(), concern.municipality(), now, by.municipal(), by.police(), reason.name()));
    }

    private static String limited(String field, String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new InvalidInput(field, "must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        return text;
    }

    public PoliceCheckId id() {
        return id;
    }

    public ConcernDetails concern() {
        return concern;
    }

    public Instant openedAt() {
        return openedAt;
    }

    public PoliceCheckState state() {
        return state;
    }

    public @Nullable Clearance clearance() {
        return clearance;
    }

    public @Nullable TakeOver takeOver() {
        return takeOver;
    }

    public @Nullable Decision decision() {
        return decision;
    }
}
