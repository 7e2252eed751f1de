package dk.infohus.screening.policecheck.domain;

import static dk.infohus.screening.policecheck.domain.PoliceCheckAction.ADD_NOTE;
import static dk.infohus.screening.policecheck.domain.PoliceCheckAction.ASSESS_CHILD;
import static dk.infohus.screening.policecheck.domain.PoliceCheckAction.CLEAR;
import static dk.infohus.screening.policecheck.domain.PoliceCheckAction.DECLINE;
import static dk.infohus.screening.policecheck.domain.PoliceCheckAction.LOOK_AGAIN;
import static dk.infohus.screening.policecheck.domain.PoliceCheckAction.PRESENT;
import static dk.infohus.screening.policecheck.domain.PoliceCheckAction.RECORD_OBSTACLE;
import static dk.infohus.screening.policecheck.domain.PoliceCheckAction.RECORD_VIEW;
import static dk.infohus.screening.policecheck.domain.PoliceCheckAction.TAKE_OVER;
import static dk.infohus.screening.policecheck.domain.PoliceCheckState.CLEARED;
import static dk.infohus.screening.policecheck.domain.PoliceCheckState.NOT_PRESENTED;
import static dk.infohus.screening.policecheck.domain.PoliceCheckState.OBSTRUCTED;
import static dk.infohus.screening.policecheck.domain.PoliceCheckState.OPEN;
import static dk.infohus.screening.policecheck.domain.PoliceCheckState.PRESENTED_TO_INFOHUS;
import static dk.infohus.screening.policecheck.domain.PoliceCheckState.TAKEN_OVER_BY_POLICE;

import dk.infohus.calendar.Deadline;
import dk.infohus.calendar.WorkingDays;
import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.screening.ConcernHandedOverToInfohus;
import dk.infohus.contracts.screening.ConcernNotPresented;
import dk.infohus.contracts.screening.ConcernPresentedToInfohus;
import dk.infohus.contracts.screening.ConcernTakenOverByPolice;
import dk.infohus.contracts.screening.PoliceCheckCleared;
import dk.infohus.contracts.screening.PoliceCheckObstructed;
import dk.infohus.contracts.screening.PoliceCheckOpened;
import dk.infohus.contracts.screening.PoliceCheckReopened;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.domain.TransitionTable;
import dk.infohus.screening.policecheck.domain.Decision.Presentation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The police check of one concern (the plan's steps 2 and 3): the police coordinator screens it for
 * criminal or acute security matters and for anything that prevents Infohus handling, writes police notes,
 * and clears it, takes it over or records an obstacle with a day to look again; then the municipal and the
 * police coordinator each record their view and decide together whether a cleared concern is presented to
 * Infohus, closed as unfounded or redirected.
 */
public final class PoliceCheck {

    /** Every transition a police check allows; anything else is an {@code IllegalTransition}. */
    public static final TransitionTable<PoliceCheckState, PoliceCheckAction> TRANSITIONS = TransitionTable.of(
                    "police check", PoliceCheckState.class, PoliceCheckAction.class)
            .allow(OPEN, ADD_NOTE, OPEN)
            .allow(OPEN, CLEAR, CLEARED)
            .allow(OPEN, TAKE_OVER, TAKEN_OVER_BY_POLICE)
            .allow(OPEN, RECORD_OBSTACLE, OBSTRUCTED)
            .allow(OPEN, ASSESS_CHILD, OPEN)
            .allow(OBSTRUCTED, ADD_NOTE, OBSTRUCTED)
            .allow(OBSTRUCTED, LOOK_AGAIN, OPEN)
            .allow(OBSTRUCTED, TAKE_OVER, TAKEN_OVER_BY_POLICE)
            .allow(OBSTRUCTED, ASSESS_CHILD, OBSTRUCTED)
            .allow(CLEARED, ADD_NOTE, CLEARED)
            .allow(CLEARED, TAKE_OVER, TAKEN_OVER_BY_POLICE)
            .allow(CLEARED, ASSESS_CHILD, CLEARED)
            .allow(CLEARED, RECORD_VIEW, CLEARED)
            .allow(CLEARED, PRESENT, PRESENTED_TO_INFOHUS)
            .allow(CLEARED, DECLINE, NOT_PRESENTED)
            .build();

    /** Longest note, reason or explanation anyone may write. */
    public static final int MAX_TEXT_LENGTH = 2_000;

    /** Longest name of a receiving unit. */
    public static final int MAX_UNIT_LENGTH = 200;

    /** How far ahead the police may put off a check: a year, so nothing is parked for good. */
    public static final int MAX_DAYS_TO_LOOK_AGAIN = 366;

    /**
     * Everything a police check holds, as stored and restored.
     *
     * @param notes the police notes, oldest first
     */
    public record Snapshot(
            PoliceCheckId id,
            ConcernDetails concern,
            Instant openedAt,
            PoliceCheckState state,
            Deadlines deadlines,
            List<PoliceNote> notes,
            @Nullable Clearance clearance,
            @Nullable TakeOver takeOver,
            @Nullable Obstacle obstacle,
            @Nullable ChildAssessment childAssessment,
            @Nullable CoordinatorView municipalView,
            @Nullable CoordinatorView policeView,
            @Nullable Decision decision) {

        public Snapshot {
            notes = List.copyOf(notes);
        }
    }

    private final PoliceCheckId id;
    private final ConcernDetails concern;
    private final Instant openedAt;
    private PoliceCheckState state;
    private Deadlines deadlines;
    private final List<PoliceNote> notes;
    private @Nullable Clearance clearance;
    private @Nullable TakeOver takeOver;
    private @Nullable Obstacle obstacle;
    private @Nullable ChildAssessment childAssessment;
    private @Nullable CoordinatorView municipalView;
    private @Nullable CoordinatorView policeView;
    private @Nullable Decision decision;

    private PoliceCheck(Snapshot s) {
        this.id = s.id();
        this.concern = s.concern();
        this.openedAt = s.openedAt();
        this.state = s.state();
        this.deadlines = s.deadlines();
        this.notes = new ArrayList<>(s.notes());
        this.clearance = s.clearance();
        this.takeOver = s.takeOver();
        this.obstacle = s.obstacle();
        this.childAssessment = s.childAssessment();
        this.municipalView = s.municipalView();
        this.policeView = s.policeView();
        this.decision = s.decision();
    }

    /**
     * Opens the check of a concern intake received, due by the municipality's deadline counted from intake's
     * receipt; a concern about a child also has the 24-hour assessment due. The police systems are told at once.
     */
    public static Changed<PoliceCheck> open(
            PoliceCheckId id, ConcernDetails concern, DeadlinePolicy deadlines, Instant now) {
        boolean child = concern.ageGroup() == AgeGroup.CHILD;
        Deadlines due = new Deadlines(
                deadlines.policeCheck(concern.municipality(), concern.receivedAt()),
                child ? deadlines.childAssessment(concern.receivedAt()) : null);
        PoliceCheck check = new PoliceCheck(
                new Snapshot(id, concern, now, OPEN, due, List.of(), null, null, null, null, null, null, null));
        return new Changed<>(
                check, List.of(new PoliceCheckOpened(id.value(), concern.municipality(), now, concern.acute())));
    }

    /** Rebuilds a stored police check. */
    public static PoliceCheck restore(Snapshot snapshot) {
        return new PoliceCheck(snapshot);
    }

    public Snapshot snapshot() {
        return new Snapshot(
                id,
                concern,
                openedAt,
                state,
                deadlines,
                notes,
                clearance,
                takeOver,
                obstacle,
                childAssessment,
                municipalView,
                policeView,
                decision);
    }

    /** A police note: for the police only, so it causes no event. */
    public List<InfohusEvent> addNote(Officer by, PoliceNoteKind kind, String text, Instant now) {
        return addNote(by, kind, text, null, now);
    }

    /**
     * A police note sent by a form: the same submission again (a double click, a reload) adds nothing.
     *
     * @param submission the form's id, or null
     */
    public List<InfohusEvent> addNote(
            Officer by, PoliceNoteKind kind, String text, @Nullable UUID submission, Instant now) {
        TRANSITIONS.apply(state, ADD_NOTE);
        String checked = required("text", text, "write the note");
        if (submission != null && notes.stream().anyMatch(note -> submission.equals(note.submission()))) {
            return List.of();
        }
        notes.add(new PoliceNote(kind, checked, by, now, submission));
        return List.of();
    }

    /** The police found no criminal or acute matter and nothing that prevents Infohus handling. */
    public List<InfohusEvent> clear(Officer by, @Nullable String note, Instant now) {
        PoliceCheckState next = TRANSITIONS.apply(state, CLEAR);
        String checkedNote = optional("note", note);
        state = next;
        clearance = new Clearance(by, checkedNote, now);
        return List.of(new PoliceCheckCleared(id.value(), concern.municipality(), now, by.name()));
    }

    /** The concern is criminal or acute and stays with the police alone, whether cleared before or not. */
    public List<InfohusEvent> takeOver(Officer by, String reason, Instant now) {
        PoliceCheckState next = TRANSITIONS.apply(state, TAKE_OVER);
        String checkedReason =
                required("reason", reason, "tell the municipal coordinator why the police take the concern over");
        state = next;
        takeOver = new TakeOver(by, checkedReason, now);
        return List.of(new ConcernTakenOverByPolice(id.value(), concern.municipality(), now, by.name()));
    }

    /**
     * Something prevents Infohus handling now: the check leaves the queue until {@code lookAgainOn}, a day
     * from today (in Copenhagen) up to {@value #MAX_DAYS_TO_LOOK_AGAIN} days ahead.
     */
    public List<InfohusEvent> recordObstacle(
            Officer by, @Nullable ObstacleReason reason, @Nullable LocalDate lookAgainOn, Instant now) {
        PoliceCheckState next = TRANSITIONS.apply(state, RECORD_OBSTACLE);
        if (reason == null) {
            throw new InvalidInput("reason", "choose what prevents Infohus handling");
        }
        if (lookAgainOn == null) {
            throw new InvalidInput("lookAgainOn", "give the day to look at the concern again");
        }
        LocalDate today = now.atZone(WorkingDays.COPENHAGEN).toLocalDate();
        if (lookAgainOn.isBefore(today)) {
            throw new InvalidInput("lookAgainOn", "must not be in the past");
        }
        if (lookAgainOn.isAfter(today.plusDays(MAX_DAYS_TO_LOOK_AGAIN))) {
            throw new InvalidInput("lookAgainOn", "must be at most " + MAX_DAYS_TO_LOOK_AGAIN + " days ahead");
        }
        state = next;
        obstacle = new Obstacle(reason, lookAgainOn, by, now);
        return List.of(new PoliceCheckObstructed(
                id.value(), concern.municipality(), now, by.name(), reason.name(), lookAgainOn));
    }

    /** Whether an obstructed check is due back in the queue on {@code day}. */
    public boolean isDueToLookAgainOn(LocalDate day) {
        return state == OBSTRUCTED
                && obstacle != null
                && !obstacle.lookAgainOn().isAfter(day);
    }

    /**
     * The day to look again came: the check is back in the queue, due anew by the municipality's deadline
     * counted from now. The obstacle stays on record.
     */
    public List<InfohusEvent> lookAgain(DeadlinePolicy policy, Instant now) {
        state = TRANSITIONS.apply(state, LOOK_AGAIN);
        deadlines = new Deadlines(policy.policeCheck(concern.municipality(), now), deadlines.childAssessment());
        return List.of(new PoliceCheckReopened(id.value(), concern.municipality(), now));
    }

    /** The municipal coordinator's 24-hour assessment of a child; it stays in screening. */
    public List<InfohusEvent> assessChild(
            String coordinator, boolean acuteMeasuresNeeded, @Nullable String note, Instant now) {
        PoliceCheckState next = TRANSITIONS.apply(state, ASSESS_CHILD);
        if (concern.ageGroup() != AgeGroup.CHILD) {
            throw new InvalidInput("acuteMeasuresNeeded", "only a concern about a child has the 24-hour assessment");
        }
        String checkedNote = optional("note", note);
        state = next;
        childAssessment = new ChildAssessment(coordinator, acuteMeasuresNeeded, checkedNote, now);
        return List.of();
    }

    /** One coordinator's view of a cleared concern; recording it again replaces their earlier one. */
    public List<InfohusEvent> recordView(
            CoordinatorSide side, String coordinator, boolean present, @Nullable String note, Instant now) {
        TRANSITIONS.apply(state, RECORD_VIEW);
        CoordinatorView view = new CoordinatorView(
                side, Actors.require("coordinator", coordinator), present, optional("note", note), now);
        if (side == CoordinatorSide.MUNICIPAL) {
            municipalView = view;
        } else {
            policeView = view;
        }
        return List.of();
    }

    public @Nullable CoordinatorView viewOf(CoordinatorSide side) {
        return side == CoordinatorSide.MUNICIPAL ? municipalView : policeView;
    }

    /**
     * The two coordinators present the concern to Infohus: the police systems learn it as ids and codes,
     * Infohus gets the person on the hand-over topic only assessment reads.
     *
     * @param recordedBy the side of the coordinator who records the decision
     * @param absenceReason why the other coordinator is absent, when their view is missing
     */
    public List<InfohusEvent> present(
            Coordinators by,
            CoordinatorSide recordedBy,
            @Nullable Meeting meeting,
            boolean urgent,
            @Nullable String absenceReason,
            Instant now) {
        PoliceCheckState next = TRANSITIONS.apply(state, PRESENT);
        Absence absence = absence(recordedBy, absenceReason);
        if (meeting == null) {
            throw new InvalidInput("meeting", "choose the next ad-hoc or the next fixed meeting");
        }
        state = next;
        decision = new Decision(
                DecisionOutcome.PRESENT, null, by, now, new Presentation(meeting, urgent), null, null, absence);
        return List.of(
                new ConcernPresentedToInfohus(
                        id.value(), concern.municipality(), now, by.municipal(), by.police(), meeting.name(), urgent),
                new ConcernHandedOverToInfohus(
                        id.value(),
                        concern.municipality(),
                        now,
                        by.municipal(),
                        by.police(),
                        meeting.name(),
                        urgent,
                        concern.subjectKind().name(),
                        concern.subject()));
    }

    /**
     * The two coordinators close the concern as unfounded or redirect it to a named unit; Infohus does not
     * handle it. Either needs the coordinators' explanation.
     */
    public List<InfohusEvent> decline(
            Coordinators by,
            CoordinatorSide recordedBy,
            @Nullable NotPresentedReason reason,
            @Nullable String explanation,
            @Nullable String receivingUnit,
            @Nullable String absenceReason,
            Instant now) {
        PoliceCheckState next = TRANSITIONS.apply(state, DECLINE);
        Absence absence = absence(recordedBy, absenceReason);
        if (reason == null) {
            throw new InvalidInput("reason", "tell why: UNFOUNDED or REDIRECTED");
        }
        String checkedExplanation = required("explanation", explanation, "explain why it is not presented");
        String unit = null;
        if (reason == NotPresentedReason.REDIRECTED) {
            unit = limited("receivingUnit", receivingUnit, MAX_UNIT_LENGTH);
            if (unit == null) {
                throw new InvalidInput("receivingUnit", "name the unit the concern is redirected to");
            }
        } else if (receivingUnit != null && !receivingUnit.isBlank()) {
            throw new InvalidInput("receivingUnit", "only a redirected concern has a receiving unit");
        }
        state = next;
        decision =
                new Decision(DecisionOutcome.NOT_PRESENTED, reason, by, now, null, checkedExplanation, unit, absence);
        return List.of(new ConcernNotPresented(
                id.value(), concern.municipality(), now, by.municipal(), by.police(), reason.name()));
    }

    /**
     * The decision needs both views, or the recorder's own and the reason the other was absent.
     *
     * @return the absence, or null when both coordinators recorded their view
     */
    private @Nullable Absence absence(CoordinatorSide recordedBy, @Nullable String absenceReason) {
        CoordinatorSide other =
                recordedBy == CoordinatorSide.MUNICIPAL ? CoordinatorSide.POLICE : CoordinatorSide.MUNICIPAL;
        if (viewOf(recordedBy) == null) {
            throw new InvalidInput("view", "record your own view before the decision");
        }
        String reason = optional("absenceReason", absenceReason);
        if (viewOf(other) == null) {
            if (reason == null) {
                throw new InvalidInput(
                        "absenceReason",
                        "the other coordinator's view is missing: record it, or say why they were absent");
            }
            return new Absence(other, reason);
        }
        if (reason != null) {
            throw new InvalidInput("absenceReason", "both coordinators recorded their view: nobody was absent");
        }
        return null;
    }

    /**
     * The earliest deadline still running: the police check while it is open, the 24-hour assessment of a
     * child until it is made; null when nothing is due (obstructed, decided, or waiting for the decision).
     */
    public @Nullable Instant nextDueAt() {
        Stream<Deadline> running = Stream.of(
                state == OPEN ? deadlines.policeCheck() : null,
                childAssessment == null && !isFinal() ? deadlines.childAssessment() : null);
        return running.filter(Objects::nonNull)
                .map(Deadline::dueAt)
                .min(Instant::compareTo)
                .orElse(null);
    }

    /** Whether a deadline still running is past at {@code now}. */
    public boolean isOverdueAt(Instant now) {
        Instant due = nextDueAt();
        return due != null && !now.isBefore(due);
    }

    public boolean isFinal() {
        return state == TAKEN_OVER_BY_POLICE || state == PRESENTED_TO_INFOHUS || state == NOT_PRESENTED;
    }

    private static String required(String field, @Nullable String text, String message) {
        String checked = optional(field, text);
        if (checked == null) {
            throw new InvalidInput(field, message);
        }
        return checked;
    }

    private static @Nullable String optional(String field, @Nullable String text) {
        return limited(field, text, MAX_TEXT_LENGTH);
    }

    private static @Nullable String limited(String field, @Nullable String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw new InvalidInput(field, "must be at most " + max + " characters");
        }
        return stripped;
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

    public Deadlines deadlines() {
        return deadlines;
    }

    /** The police notes, oldest first: for police roles only. */
    public List<PoliceNote> notes() {
        return List.copyOf(notes);
    }

    public @Nullable Clearance clearance() {
        return clearance;
    }

    public @Nullable TakeOver takeOver() {
        return takeOver;
    }

    public @Nullable Obstacle obstacle() {
        return obstacle;
    }

    public @Nullable ChildAssessment childAssessment() {
        return childAssessment;
    }

    public @Nullable Decision decision() {
        return decision;
    }
}
