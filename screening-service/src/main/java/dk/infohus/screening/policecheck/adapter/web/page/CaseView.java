package dk.infohus.screening.policecheck.adapter.web.page;

import dk.infohus.contracts.PersonalData;
import dk.infohus.contracts.Role;
import dk.infohus.platform.security.Caller;
import dk.infohus.screening.policecheck.application.EarlierConcern;
import dk.infohus.screening.policecheck.application.VisiblePoliceCheck;
import dk.infohus.screening.policecheck.domain.ChildAssessment;
import dk.infohus.screening.policecheck.domain.Clearance;
import dk.infohus.screening.policecheck.domain.ConcernDetails;
import dk.infohus.screening.policecheck.domain.CoordinatorSide;
import dk.infohus.screening.policecheck.domain.CoordinatorView;
import dk.infohus.screening.policecheck.domain.Deadlines;
import dk.infohus.screening.policecheck.domain.Decision;
import dk.infohus.screening.policecheck.domain.Obstacle;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import dk.infohus.screening.policecheck.domain.PoliceNote;
import dk.infohus.screening.policecheck.domain.TakeOver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A concern's page as one caller may see it: what the reporter told, the earlier concerns and their
 * screen-out history, the chronology of this check, the deadlines and the forms the caller may use now. Built
 * from {@link VisiblePoliceCheck}, so a municipal coordinator's page never holds a police note.
 *
 * @param subject null when the caller sees only that the police have the concern
 * @param chronology oldest first
 * @param actions the forms the caller may send in the check's state
 */
public record CaseView(
        String caseId,
        String municipality,
        PoliceCheckState state,
        boolean acute,
        String ageGroup,
        Instant receivedAt,
        boolean onlyThatThePoliceHaveIt,
        boolean policeFindings,
        @Nullable PersonalData subject,
        String subjectKind,
        List<String> concernSigns,
        int concernNumber,
        long timesScreenedOut,
        List<EarlierConcern> history,
        @Nullable Instant policeCheckDueAt,
        @Nullable Instant childAssessmentDueAt,
        boolean childAssessmentDone,
        boolean overdue,
        List<Entry> chronology,
        List<PageAction> actions) {

    /**
     * One line of the chronology.
     *
     * @param what the message key of what happened
     * @param who the user id of who did it; empty for the system
     * @param detail the text that goes with it (a note, a reason), or empty
     * @param code a code the page translates (a note's kind, an outcome), or empty
     * @param police a police finding: only police roles see it
     */
    public record Entry(Instant at, String what, String who, String detail, String code, boolean police) {}

    static CaseView of(VisiblePoliceCheck visible, Caller caller, Instant now) {
        PoliceCheck check = visible.check();
        ConcernDetails concern = check.concern();
        boolean only = visible.onlyThatThePoliceHaveIt();
        Deadlines deadlines = check.deadlines();
        return new CaseView(
                check.id().toString(),
                concern.municipality(),
                check.state(),
                concern.acute(),
                only ? "UNKNOWN" : concern.ageGroup().name(),
                concern.receivedAt(),
                only,
                visible.policeFindings(),
                only ? null : concern.subject(),
                concern.subjectKind().name(),
                only ? List.of() : concern.concernSigns(),
                only ? 0 : concern.concernNumberAboutSubject(),
                visible.timesScreenedOut(),
                visible.history(),
                only ? null : deadlines.policeCheck().dueAt(),
                only || deadlines.childAssessment() == null
                        ? null
                        : deadlines.childAssessment().dueAt(),
                check.childAssessment() != null,
                !only && check.isOverdueAt(now),
                only ? List.of() : chronology(visible),
                only ? List.of() : actions(check, caller));
    }

    private static List<Entry> chronology(VisiblePoliceCheck visible) {
        PoliceCheck check = visible.check();
        List<Entry> entries = new ArrayList<>();
        entries.add(new Entry(check.concern().receivedAt(), "received", "", "", "", false));
        entries.add(new Entry(check.openedAt(), "opened", "", "", "", false));
        for (PoliceNote note : visible.notes()) {
            entries.add(new Entry(
                    note.at(),
                    "note",
                    note.by().name(),
                    note.text(),
                    note.kind().name(),
                    true));
        }
        Obstacle obstacle = check.obstacle();
        if (obstacle != null) {
            var reason = visible.obstacleReason();
            entries.add(new Entry(
                    obstacle.at(),
                    "obstacle",
                    obstacle.by().name(),
                    obstacle.lookAgainOn().toString(),
                    reason == null ? "" : reason.name(),
                    false));
        }
        Clearance clearance = check.clearance();
        if (clearance != null) {
            String note = visible.clearanceNote();
            entries.add(
                    new Entry(clearance.at(), "cleared", clearance.by().name(), note == null ? "" : note, "", false));
        }
        TakeOver takeOver = check.takeOver();
        if (takeOver != null) {
            String reason = visible.takeOverReason();
            entries.add(new Entry(
                    takeOver.at(), "takenOver", takeOver.by().name(), reason == null ? "" : reason, "", false));
        }
        ChildAssessment assessment = check.childAssessment();
        if (assessment != null) {
            entries.add(new Entry(
                    assessment.at(),
                    "childAssessed",
                    assessment.coordinator(),
                    assessment.note() == null ? "" : assessment.note(),
                    assessment.acuteMeasuresNeeded() ? "ACUTE" : "NOT_ACUTE",
                    false));
        }
        for (CoordinatorSide side : CoordinatorSide.values()) {
            CoordinatorView view = check.viewOf(side);
            if (view != null) {
                entries.add(new Entry(
                        view.at(),
                        "view." + side.name(),
                        view.coordinator(),
                        view.note() == null ? "" : view.note(),
                        view.present() ? "PRESENT" : "NOT_PRESENTED",
                        false));
            }
        }
        Decision decision = check.decision();
        if (decision != null) {
            String code = decision.reason() == null
                    ? decision.outcome().name()
                    : decision.reason().name();
            StringBuilder detail = new StringBuilder();
            if (decision.explanation() != null) {
                detail.append(decision.explanation());
            }
            if (decision.receivingUnit() != null) {
                detail.append(detail.isEmpty() ? "" : " – ").append(decision.receivingUnit());
            }
            if (decision.absence() != null) {
                detail.append(detail.isEmpty() ? "" : " – ")
                        .append(decision.absence().reason());
            }
            entries.add(new Entry(
                    decision.at(),
                    "decided",
                    decision.by().municipal() + ", " + decision.by().police(),
                    detail.toString(),
                    code,
                    false));
        }
        entries.sort(Comparator.comparing(Entry::at));
        return List.copyOf(entries);
    }

    private static List<PageAction> actions(PoliceCheck check, Caller caller) {
        List<PageAction> actions = new ArrayList<>();
        for (PageAction action : PageAction.values()) {
            boolean role = action.roles().stream().anyMatch(caller::is);
            if (!role || !action.allowedIn(check.state())) {
                continue;
            }
            if (action == PageAction.CHILD_ASSESSMENT
                    && (check.deadlines().childAssessment() == null || check.childAssessment() != null)) {
                continue;
            }
            actions.add(action);
        }
        return List.copyOf(actions);
    }

    public boolean child() {
        return "CHILD".equals(ageGroup);
    }

    /** Whether the caller is a police role: the page says which findings are theirs alone. */
    static boolean police(Caller caller) {
        return caller.is(Role.POLICE_COORDINATOR);
    }
}
