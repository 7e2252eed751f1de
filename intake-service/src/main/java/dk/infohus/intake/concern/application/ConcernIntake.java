package dk.infohus.intake.concern.application;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.Role;
import dk.infohus.intake.concern.domain.Concern;
import dk.infohus.intake.concern.domain.ConcernId;
import dk.infohus.intake.concern.domain.ConcernStatus;
import dk.infohus.intake.concern.domain.ReceiptCode;
import dk.infohus.intake.concern.domain.Reporter;
import dk.infohus.intake.concern.domain.ReporterKind;
import dk.infohus.intake.concern.domain.Subject;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.platform.security.Caller;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receiving concerns and answering reporters about them, each caller only about what they need to know:
 * coordinators about the concerns of the municipalities they work for, a signed-in reporter about the
 * concerns they reported themselves, anyone holding a receipt code about that concern's status.
 */
public class ConcernIntake {

    private static final Logger log = LoggerFactory.getLogger(ConcernIntake.class);

    private final Concerns concerns;
    private final Clock clock;
    private final RandomGenerator secureRandom;

    public ConcernIntake(Concerns concerns, Clock clock, RandomGenerator secureRandom) {
        this.concerns = concerns;
        this.clock = clock;
        this.secureRandom = secureRandom;
    }

    /** What the reporter takes away: the code to look the concern up with. */
    public record Receipt(ConcernId concernId, ReceiptCode code, Instant receivedAt, ConcernStatus status) {}

    /**
     * What the form says about who reports. A citizen's word is taken as given; for a signed-in caller the
     * name (and organisation, when the token names one) come from their token instead.
     */
    public record ReporterDetails(
            ReporterKind kind,
            @Nullable String name,
            @Nullable String organisation,
            @Nullable String email,
            @Nullable String phone) {}

    /** A concern as submitted, before the caller is taken into account. */
    public record Submission(
            String municipality,
            ReporterDetails reporter,
            Subject subject,
            String account,
            boolean acute,
            List<String> concernSigns) {

        public Submission {
            concernSigns = List.copyOf(concernSigns);
        }
    }

    /**
     * A new concern: stored with its {@code ConcernReceived} event in one write, then published.
     *
     * <p>A citizen may report to any municipality, anonymously or not. A signed-in caller reports to a
     * municipality they work for and as themselves: a reporter as STAFF or PARTNER, a coordinator who
     * records a concern received by phone as STAFF.
     *
     * @param callerName the caller's display name from their token, if it has one; else their user id is used
     * @throws InvalidInput naming {@code municipality} or {@code reporter.kind} when the caller may not report so
     */
    public Receipt receive(Caller caller, @Nullable String callerName, Submission submission) {
        if (caller.signedIn() && !caller.worksFor(submission.municipality())) {
            throw new InvalidInput(
                    "municipality",
                    "signed in, you report to a municipality you work for: "
                            + String.join(", ", new TreeSet<>(caller.municipalities())));
        }
        Reporter reporter = reporterFor(caller, callerName, submission.reporter());
        ReceiptCode code = ReceiptCode.generate(secureRandom);
        Changed<Concern> received = Concern.receive(
                ConcernId.newId(),
                submission.municipality(),
                code,
                reporter,
                caller.signedIn() ? caller.userId() : null,
                submission.subject(),
                submission.account(),
                submission.acute(),
                submission.concernSigns(),
                clock.instant());
        concerns.add(received.aggregate(), received.events());
        Concern concern = received.aggregate();
        log.info(
                "Concern {} received (acute: {}, reporter: {}, submitted as: {})",
                concern.id(),
                concern.acute(),
                reporter.kind(),
                caller.role().claim());
        return new Receipt(concern.id(), code, concern.receivedAt(), concern.status());
    }

    private static Reporter reporterFor(Caller caller, @Nullable String callerName, ReporterDetails given) {
        if (!caller.signedIn()) {
            return new Reporter(given.kind(), given.name(), given.organisation(), given.email(), given.phone());
        }
        String name = isBlank(callerName) ? caller.userId() : callerName;
        String organisation = isBlank(caller.organisation()) ? given.organisation() : caller.organisation();
        if (caller.is(Role.REPORTER)) {
            if (!given.kind().mustGiveName()) {
                throw new InvalidInput("reporter.kind", "signed in, you report as STAFF or PARTNER");
            }
            return new Reporter(given.kind(), name, organisation, given.email(), given.phone());
        }
        if (caller.is(Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR)) {
            if (given.kind() != ReporterKind.STAFF) {
                throw new InvalidInput("reporter.kind", "a coordinator records a concern as STAFF");
            }
            if (isBlank(organisation)) {
                // codes only: the coordinator's role and municipality stand for their organisation
                organisation = caller.role().claim() + " " + caller.municipality();
            }
            return new Reporter(ReporterKind.STAFF, name, organisation, given.email(), given.phone());
        }
        // the endpoint admits no other role; should one get here, it is refused as the endpoint refuses it
        throw new NotFound("way to report for", caller.role().claim());
    }

    /**
     * A concern the caller may see: a coordinator's of a municipality they work for, or a reporter's own.
     *
     * @throws NotFound alike whether the concern does not exist or the caller may not see it
     */
    public Concern concern(ConcernId id, Caller caller) {
        return concerns.find(id)
                .filter(concern -> mayRead(caller, concern))
                .orElseThrow(() -> new NotFound("concern", id));
    }

    /** Need to know: no role reads across municipalities; a reporter sees only what they reported. */
    static boolean mayRead(Caller caller, Concern concern) {
        if (!caller.worksFor(concern.municipality())) {
            return false;
        }
        if (caller.is(Role.MUNICIPAL_COORDINATOR, Role.POLICE_COORDINATOR)) {
            return true;
        }
        return caller.is(Role.REPORTER) && concern.reportedBy(caller.userId());
    }

    /** The concerns a signed-in reporter reported themselves, newest first. */
    public List<Concern> reportedBy(Caller caller) {
        if (!caller.is(Role.REPORTER)) {
            return List.of();
        }
        return concerns.reportedBy(caller.userId(), caller.municipalities());
    }

    /** The status a reporter may see, found by the code on their receipt: the code is the credential. */
    public ConcernStatus statusByReceipt(ReceiptCode code) {
        return concerns.findByReceiptFingerprint(code.fingerprint())
                .map(Concern::status)
                .orElseThrow(() -> new NotFound("concern with receipt", code.display()));
    }

    public void startHandling(ConcernId id, String causingEventId) {
        applyFromEvent(id, causingEventId, "start handling", Concern::startHandling);
    }

    public void close(ConcernId id, String causingEventId) {
        applyFromEvent(id, causingEventId, "close", Concern::close);
    }

    private void applyFromEvent(
            ConcernId id, String causingEventId, String what, Function<Concern, List<InfohusEvent>> change) {
        if (!concerns.change(id, causingEventId, change)) {
            throw new NotFound("concern to " + what, id);
        }
    }

    private static boolean isBlank(@Nullable String text) {
        return text == null || text.isBlank();
    }
}
