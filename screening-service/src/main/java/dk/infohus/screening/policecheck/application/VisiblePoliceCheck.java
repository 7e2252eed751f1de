package dk.infohus.screening.policecheck.application;

import dk.infohus.screening.policecheck.domain.Clearance;
import dk.infohus.screening.policecheck.domain.PoliceCheck;
import dk.infohus.screening.policecheck.domain.TakeOver;
import org.jspecify.annotations.Nullable;

/**
 * A police check as one caller may see it. Without the police findings (a municipal coordinator) the
 * caller learns the state and the outcome, who screened it and when, but not the clearance note or why the
 * police took the concern over.
 *
 * @param policeFindings whether the caller sees the clearance note and the take-over reason
 */
public record VisiblePoliceCheck(PoliceCheck check, boolean policeFindings) {

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
}
