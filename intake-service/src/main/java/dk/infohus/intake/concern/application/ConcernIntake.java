package dk.infohus.intake.concern.application;

import dk.infohus.intake.concern.domain.Concern;
import dk.infohus.intake.concern.domain.ConcernId;
import dk.infohus.intake.concern.domain.ConcernStatus;
import dk.infohus.intake.concern.domain.ReceiptCode;
import dk.infohus.intake.concern.domain.Reporter;
import dk.infohus.intake.concern.domain.Subject;
import dk.infohus.platform.domain.Changed;
import dk.infohus.platform.domain.NotFound;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Receiving concerns and answering reporters about them. */
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

    /** A new concern: stored with its {@code ConcernReceived} event in one write, then published. */
    public Receipt receive(
            String municipality,
            Reporter reporter,
            Subject subject,
            String account,
            boolean acute,
            List<String> concernSigns) {
        ReceiptCode code = ReceiptCode.generate(secureRandom);
        Changed<Concern> received = Concern.receive(
                ConcernId.newId(),
                municipality,
                code,
                reporter,
                subject,
                account,
                acute,
                concernSigns,
                clock.instant());
        concerns.add(received.aggregate(), received.events());
        Concern concern = received.aggregate();
        log.info("Concern {} received (acute: {}, reporter: {})", concern.id(), acute, reporter.kind());
        return new Receipt(concern.id(), code, concern.receivedAt(), concern.status());
    }

    public Concern concern(ConcernId id) {
        return concerns.find(id).orElseThrow(() -> new NotFound("concern", id));
    }

    /** The status a reporter may see, found by the code on their receipt. */
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
            ConcernId id,
            String causingEventId,
            String what,
            java.util.function.Function<Concern, List<dk.infohus.contracts.InfohusEvent>> change) {
        if (!concerns.change(id, causingEventId, change)) {
            throw new NotFound("concern to " + what, id);
        }
    }
}
