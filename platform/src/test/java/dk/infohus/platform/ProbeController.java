package dk.infohus.platform;

import dk.infohus.contracts.Role;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.platform.security.Allow;
import dk.infohus.platform.security.Caller;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Endpoints of every kind of access, for testing the platform's security. */
@RestController
class ProbeController {

    /** A record of Herning's, seen only by a coordinator who works for Herning. */
    @GetMapping("/api/probes/{caseId}")
    @Allow({Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR})
    Map<String, String> read(@PathVariable String caseId, Caller caller) {
        if (!caller.worksFor("657")) {
            throw new NotFound("probe", caseId);
        }
        return Map.of("caseId", caseId, "seenBy", caller.userId());
    }

    @PostMapping("/api/probes")
    @Allow({Role.CITIZEN, Role.REPORTER})
    Map<String, String> submit(Caller caller) {
        return Map.of("submittedBy", caller.userId());
    }

    /** Probes are Herning's: the audit list of one is for those who may see it. */
    @org.springframework.context.annotation.Bean
    static dk.infohus.platform.security.RecordVisibility probesAreHernings() {
        return (record, caller) -> caller.worksFor("657");
    }

    /** A page that creates a record and names it for the audit trail; its query is never written down. */
    @PostMapping("/sider/probes")
    @dk.infohus.platform.audit.Audited
    Map<String, String> page(jakarta.servlet.http.HttpServletRequest request) {
        String created = java.util.UUID.randomUUID().toString();
        request.setAttribute(dk.infohus.platform.audit.AuditInterceptor.RECORD_ATTRIBUTE, created);
        return Map.of("created", created);
    }

    /** A page nobody marked: not audited. */
    @GetMapping("/sider/probes")
    Map<String, String> plainPage() {
        return Map.of("page", "plain");
    }

    /** A guarded page (infohus.security.page-paths) for coordinators. */
    @GetMapping("/sider/vagt/coordinators")
    @Allow(Role.MUNICIPAL_COORDINATOR)
    Map<String, String> guardedPage() {
        return Map.of("page", "for coordinators");
    }

    /** A guarded page nobody decided about: closed. */
    @GetMapping("/sider/vagt/forgotten")
    Map<String, String> forgottenPage() {
        return Map.of("leak", "nobody decided who may see this page");
    }

    /** A handler that fails in a way nobody foresaw. */
    @GetMapping("/api/probes/{caseId}/broken")
    @Allow(Role.MUNICIPAL_COORDINATOR)
    Map<String, String> broken(@PathVariable String caseId) {
        throw new IllegalStateException("internal detail that must not reach the caller");
    }

    /** A change that answers with a large body, more than the container's buffer holds. */
    @PostMapping("/api/probes/{caseId}/large")
    @Allow(Role.MUNICIPAL_COORDINATOR)
    Map<String, String> large(@PathVariable String caseId) {
        return Map.of("caseId", caseId, "filler", "x".repeat(200_000));
    }

    /** A check, by an id that must be a UUID (ErrorAnswersIT). */
    @GetMapping("/api/checks/{checkId}")
    @Allow(Role.CITIZEN)
    Map<String, String> check(@PathVariable java.util.UUID checkId) {
        return Map.of("checkId", checkId.toString());
    }

    /** Checks of a municipality, which must be named (ErrorAnswersIT). */
    @GetMapping("/api/checks")
    @Allow(Role.CITIZEN)
    Map<String, String> checks(@org.springframework.web.bind.annotation.RequestParam String municipality) {
        return Map.of("municipality", municipality);
    }

    record CheckRequest(String municipality) {}

    /** A check asked for with a JSON body (ErrorAnswersIT). */
    @PostMapping(path = "/api/checks", consumes = "application/json")
    @Allow(Role.CITIZEN)
    Map<String, String> askForCheck(@org.springframework.web.bind.annotation.RequestBody CheckRequest check) {
        return Map.of("municipality", check.municipality());
    }

    @GetMapping("/api/probes/forgotten")
    Map<String, String> forgotten() {
        return Map.of("leak", "nobody decided who may see this");
    }
}
