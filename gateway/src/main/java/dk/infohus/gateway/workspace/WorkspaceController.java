package dk.infohus.gateway.workspace;

import dk.infohus.webui.StaffMember;
import dk.infohus.webui.WorkLink;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code GET /}: the workspace. After sign-in each person sees the work their role has ({@link WorkLink}'s
 * table, the same as the staff navigation of every service's pages) and, for work with a queue, how much
 * waits and how much is overdue, as the owning service counts it for them.
 */
@Controller
@EnableConfigurationProperties(WorkspaceSettings.class)
class WorkspaceController {

    private final WaitingWorkReader waitingWork;

    WorkspaceController(WaitingWorkReader waitingWork) {
        this.waitingWork = waitingWork;
    }

    @GetMapping("/")
    String workspace(Authentication person, HttpServletRequest request, HttpServletResponse response, Model model) {
        String role = StaffMember.current().map(StaffMember::role).orElse(null);
        List<WorkCard> cards = WorkLink.workOf(role).stream()
                .map(link -> link.waitingPath() == null
                        ? WorkCard.withoutCount(link)
                        : waitingWork
                                .read(link.waitingPath(), person, request, response)
                                .map(waiting -> WorkCard.counted(link, waiting))
                                .orElseGet(() -> WorkCard.unreadable(link)))
                .toList();
        model.addAttribute("cards", cards);
        return "workspace";
    }
}
