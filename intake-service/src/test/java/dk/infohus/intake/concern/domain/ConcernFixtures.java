package dk.infohus.intake.concern.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

/** Concerns for tests: {@code ConcernFixtures.aConcern().aboutMinor().build()}. */
public final class ConcernFixtures {

    public static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    private ReporterKind reporterKind = ReporterKind.STAFF;
    private Subject subject =
            Subject.person("Mads Holm", CprNumber.parse("0101905678"), null, "Bredgade 1, 7400 Herning");
    private boolean acute;
    private ConcernStatus status = ConcernStatus.RECEIVED;
    private String municipality = "657";
    private String reporterUserId = "lene";

    private ConcernFixtures() {}

    public static ConcernFixtures aConcern() {
        return new ConcernFixtures();
    }

    public ConcernFixtures aboutMinor() {
        subject = Subject.person("Ali Jensen", null, LocalDate.of(2011, 5, 17), null);
        return this;
    }

    public ConcernFixtures fromCitizen() {
        reporterKind = ReporterKind.CITIZEN;
        return this;
    }

    public ConcernFixtures acute() {
        acute = true;
        return this;
    }

    /** Reported to this municipality (kommunekode). */
    public ConcernFixtures of(String municipality) {
        this.municipality = municipality;
        return this;
    }

    /** Reported signed in by this user. */
    public ConcernFixtures reportedBy(String userId) {
        this.reporterUserId = userId;
        return this;
    }

    public ConcernFixtures in(ConcernStatus status) {
        this.status = status;
        return this;
    }

    public Concern build() {
        Reporter reporter = reporterKind == ReporterKind.CITIZEN
                ? new Reporter(ReporterKind.CITIZEN, null, null, null, null)
                : new Reporter(reporterKind, "Lene Lærer", "Lindeskolen", "lene@example.dk", null);
        return Concern.restore(
                ConcernId.newId(),
                municipality,
                ReceiptCode.generate(new SplittableRandom(1)).fingerprint(),
                "none:" + UUID.randomUUID(),
                new Report(
                        reporter,
                        subject,
                        Account.of("Har set ham dele voldsforherligende videoer i klassens chat."),
                        acute,
                        List.of("udbreder-voldslegitimerende-budskaber")),
                reporterKind == ReporterKind.CITIZEN ? null : reporterUserId,
                List.of(),
                SubjectKeys.none(),
                List.of(),
                NOW,
                status);
    }
}
