package dk.infohus.webui;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One link of the staff navigation: the words ({@code work.<key>} in the message bundle) and the path at
 * the front door. The table below is the one place that says which role works where: a service that adds
 * a page of someone's work adds its link here, so every service's pages show the same navigation.
 *
 * @param key the message key suffix, {@code work.<key>}
 * @param href the path at the front door
 */
public record WorkLink(String key, String href) {

    static final WorkLink WORKSPACE = new WorkLink("workspace", "/");
    static final WorkLink REPORT = new WorkLink("report", "/indberetning/ny");
    static final WorkLink MINE = new WorkLink("mine", "/indberetning/mine");

    /** By the {@code role} claim; a role not listed gets the workspace only. */
    private static final Map<String, List<WorkLink>> BY_ROLE = Map.of(
            "reporter", List.of(WORKSPACE, REPORT, MINE),
            "police-coordinator", List.of(WORKSPACE, REPORT),
            "municipal-coordinator", List.of(WORKSPACE, REPORT));

    /** The links for a role, the workspace first. */
    public static List<WorkLink> forRole(@Nullable String role) {
        return role == null ? List.of(WORKSPACE) : BY_ROLE.getOrDefault(role, List.of(WORKSPACE));
    }

    /** The link is to the page at {@code path} or one under it: the navigation marks it as the current one. */
    public boolean current(String path) {
        return href.equals("/") ? path.equals("/") : path.equals(href) || path.startsWith(href + "/");
    }
}
