package dk.infohus.screening.policecheck.application;

import dk.infohus.screening.policecheck.domain.Clearance;
import dk.infohus.screening.policecheck.domain.Obstacle;
import dk.infohus.screening.policecheck.domain.ObstacleReason;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import dk.infohus.screening.policecheck.domain.PoliceNote;
import dk.infohus.screening.policecheck.domain.TakeOver;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A police check as one caller may see it. Without the police findings (a municipal coordinator) the
 * caller learns the state and the outcome, who screened it and when, but never a police note, the
 * clearance note, the obstacle's reason or why the police took the concern over; of a check the police
 * took over, only that the police have it.
 *
 * @param policeFindings whether the caller sees the police notes and findings
 * @param history the earlier concerns about the same subject, oldest first
 */
public record VisiblePoliceCheck(PoliceCheck check, boolean policeFindings, List<EarlierConcern> history) {

    public VisiblePoliceCheck {
        history = List.copyOf(history);
    }

    /**
     * The caller sees only that the police have the concern: a municipal coordinator looking at a check the
     * police took over; the concern has left the municipal flow.
     */
    public boolean onlyThatThePoliceHaveIt() {
        return !policeFindings && check.state() == PoliceCheckState.TAKEN_OVER_BY_POLICE;
    }

    /** The police notes, oldest first; empty for a caller who may not read them. */
    public List<PoliceNote> notes() {
        return policeFindings ? check.notes() : List.of();
    }

    /** The clearance note, or null if there is none or the caller may not see it. */
    public @Nullable String clearanceNote() {
        Clearance clearance = check.clearance();
        return policeFindings && clearance != null ? clearance.note() : null;
    }

    /** Why the police took the concern over, or null if they did not or the caller may not see it. */
    public @Nullable String takeOverReason() {
        TakeOver takeOver = check.takeOver();
        return policeFindings && takeOver != null ? takeOver.reason() : null;
    }

    /** What prevents Infohus handling, or null if nothing does or the caller may not see it. */
    public @Nullable ObstacleReason obstacleReason() {
        Obstacle obstacle = check.obstacle();
        return policeFindings && obstacle != null ? obstacle.reason() : null;
    }

    /** How many earlier concerns about the subject the coordinators screened out. */
    public long timesScreenedOut() {
        return history.stream().filter(EarlierConcern::screenedOut).count();
    }
}
