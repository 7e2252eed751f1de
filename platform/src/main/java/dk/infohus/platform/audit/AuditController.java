package dk.infohus.platform.audit;

import dk.infohus.contracts.Role;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.platform.security.Allow;
import dk.infohus.platform.security.Caller;
import dk.infohus.platform.security.RecordVisibility;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reading the audit trail: who accessed a case, and whether the chain is whole. Nothing changes it. */
@RestController
@RequestMapping("/api/audit")
public class AuditController {

    private final AuditTrail trail;
    private final RecordVisibility visibility;

    public AuditController(AuditTrail trail, RecordVisibility visibility) {
        this.trail = trail;
        this.visibility = visibility;
    }

    /**
     * Everyone who read or changed the record, for the municipal coordinator who may see the record
     * itself; for anyone else the record does not exist.
     */
    @GetMapping
    @Allow(Role.MUNICIPAL_COORDINATOR)
    public List<AuditEntry> about(@RequestParam String record, Caller caller) {
        if (!visibility.visibleTo(record, caller)) {
            throw new NotFound("record", record);
        }
        return trail.about(record);
    }

    /**
     * Recomputes the whole hash chain: an edited or removed entry shows as broken. Each {@code anchor}
     * ({@code seq:hash}, from the log's {@code AUDIT ANCHOR} lines or the {@code head} of an earlier
     * verification) must still be in the chain, so a tail rewritten with recomputed hashes shows too.
     */
    @GetMapping("/verification")
    @Allow(Role.ADMINISTRATOR)
    public AuditTrail.Verification verify(@RequestParam(name = "anchor", required = false) List<String> anchors) {
        List<AuditTrail.Anchor> given = new java.util.ArrayList<>();
        for (String anchor : anchors == null ? List.<String>of() : anchors) {
            try {
                given.add(AuditTrail.Anchor.parse(anchor));
            } catch (IllegalArgumentException e) {
                throw new InvalidInput("anchor", e.getMessage());
            }
        }
        return trail.verify(given);
    }
}
