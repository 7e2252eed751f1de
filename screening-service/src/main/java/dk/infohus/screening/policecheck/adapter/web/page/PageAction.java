package dk.infohus.screening.policecheck.adapter.web.page;

import dk.infohus.contracts.Role;
import dk.infohus.screening.policecheck.domain.PoliceCheckState;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The forms of a concern's page: the path each has under {@code /politi/sager/{caseId}/}, who may use it, the
 * states it may be sent in, the state it leads to (a second click that finds the check there already did
 * its work), and its fields in page order.
 */
enum PageAction {
    NOTE(
            "notat",
            Set.of(Role.POLICE_COORDINATOR),
            Set.of(PoliceCheckState.OPEN, PoliceCheckState.OBSTRUCTED, PoliceCheckState.CLEARED),
            null,
            List.of("kind", "text")),
    CLEAR(
            "afklaring",
            Set.of(Role.POLICE_COORDINATOR),
            Set.of(PoliceCheckState.OPEN),
            PoliceCheckState.CLEARED,
            List.of("note")),
    TAKE_OVER(
            "overtagelse",
            Set.of(Role.POLICE_COORDINATOR),
            Set.of(PoliceCheckState.OPEN, PoliceCheckState.OBSTRUCTED, PoliceCheckState.CLEARED),
            PoliceCheckState.TAKEN_OVER_BY_POLICE,
            List.of("reason")),
    OBSTACLE(
            "hindring",
            Set.of(Role.POLICE_COORDINATOR),
            Set.of(PoliceCheckState.OPEN),
            PoliceCheckState.OBSTRUCTED,
            List.of("obstacleReason", "lookAgainOn")),
    CHILD_ASSESSMENT(
            "boernevurdering",
            Set.of(Role.MUNICIPAL_COORDINATOR),
            Set.of(PoliceCheckState.OPEN, PoliceCheckState.OBSTRUCTED, PoliceCheckState.CLEARED),
            null,
            List.of("acuteMeasuresNeeded", "note")),
    VIEW(
            "vurdering",
            Set.of(Role.POLICE_COORDINATOR, Role.MUNICIPAL_COORDINATOR),
            Set.of(PoliceCheckState.CLEARED),
            null,
            List.of("present", "note")),
    DECISION(
            "beslutning",
            Set.of(Role.POLICE_COORDINATOR, Role.MUNICIPAL_COORDINATOR),
            Set.of(PoliceCheckState.CLEARED),
            null,
            List.of(
                    "view",
                    "outcome",
                    "meeting",
                    "urgent",
                    "reason",
                    "explanation",
                    "receivingUnit",
                    "otherCoordinator",
                    "absenceReason"));

    private final String path;
    private final Set<Role> roles;
    private final Set<PoliceCheckState> from;
    private final @Nullable PoliceCheckState leadsTo;
    private final List<String> fields;

    PageAction(
            String path,
            Set<Role> roles,
            Set<PoliceCheckState> from,
            @Nullable PoliceCheckState leadsTo,
            List<String> fields) {
        this.path = path;
        this.roles = roles;
        this.from = from;
        this.leadsTo = leadsTo;
        this.fields = fields;
    }

    static Optional<PageAction> at(String path) {
        return Arrays.stream(values())
                .filter(action -> action.path.equals(path))
                .findFirst();
    }

    public String path() {
        return path;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    Set<Role> roles() {
        return roles;
    }

    boolean allowedIn(PoliceCheckState state) {
        return from.contains(state);
    }

    /** Whether a check in this state shows that this action was done already (a double click). */
    boolean done(PoliceCheckState state) {
        if (this == DECISION) {
            return state == PoliceCheckState.PRESENTED_TO_INFOHUS || state == PoliceCheckState.NOT_PRESENTED;
        }
        return leadsTo != null && leadsTo == state;
    }

    public List<String> fields() {
        return fields;
    }
}
