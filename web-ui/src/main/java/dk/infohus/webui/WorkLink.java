package dk.infohus.webui;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One link of the staff navigation and one card of the workspace: the words ({@code work.<key>} in the
 * message bundle, {@code work.<key>.text} for the card), the path at the front door, and where the owning
 * service answers how much of this work waits ({@link WaitingWork}). The table below is the one place that
 * says which role works where: a service that adds a page of someone's work adds its link here, so every
 * service's pages show the same navigation and the workspace the same cards.
 *
 * @param key the message key suffix, {@code work.<key>}
 * @param href the path at the front door
 * @param waitingPath the API path at the front door that answers {@link WaitingWork} for the signed-in
 *     person, or null when the work has no queue
 */
public record WorkLink(String key, String href, @Nullable String waitingPath) {

    static final WorkLink WORKSPACE = new WorkLink("workspace", "/", null);
    static final WorkLink REPORT = new WorkLink("report", "/indberetning/ny", null);
    static final WorkLink MINE = new WorkLink("mine", "/indberetning/mine", null);
    static final WorkLink SCREENING = new WorkLink("screening", "/politi", "/api/police-checks/waiting");

    /** By the {@code role} claim; a role not listed gets the workspace only. */
    private static final Map<String, List<WorkLink>> BY_ROLE = Map.of(
            "reporter", List.of(WORKSPACE, REPORT, MINE),
            "police-coordinator", List.of(WORKSPACE, SCREENING, REPORT),
            "municipal-coordinator", List.of(WORKSPACE, SCREENING, REPORT));

    /** The links for a role, the workspace first. */
    public static List<WorkLink> forRole(@Nullable String role) {
        return role == null ? List.of(WORKSPACE) : BY_ROLE.getOrDefault(role, List.of(WORKSPACE));
    }

    /** The role's work without the workspace itself: the workspace's cards. */
    public static List<WorkLink> workOf(@Nullable String role) {
        return forRole(role).stream().filter(link -> !link.equals(WORKSPACE)).toList();
    }

    /** The link is to the page at {@code path} or one under it: the navigation marks it as the current one. */
    public boolean current(String path) {
        return href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
    }
}
