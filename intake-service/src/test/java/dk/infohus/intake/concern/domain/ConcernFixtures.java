package dk.infohus.intake.concern.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** Concerns for tests: {@code ConcernFixtures.aConcern().aboutMinor().build()}. */
public final class ConcernFixtures {

    public static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    private ReporterKind reporterKind = ReporterKind.STAFF;
    private Subject subject = new Subject(
            SubjectKind.PERSON, "Mads Holm", CprNumber.parse("0101905678"), null, "Bredgade 1, 7400 Herning");
    private boolean acute;
    private ConcernStatus status = ConcernStatus.RECEIVED;
    private String municipality = "657";
    private String reporterUserId = "lene";

    private ConcernFixtures() {}

    public static ConcernFixtures aConcern() {
        return new ConcernFixtures();
    }

    public ConcernFixtures aboutMinor() {
        subject = new Subject(SubjectKind.PERSON, "Ali Jensen", null, LocalDate.of(2011, 5, 17), null);
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
                reporter,
                reporterKind == ReporterKind.CITIZEN ? null : reporterUserId,
                subject,
                "Har set ham dele voldsforherligende videoer i klassens chat.",
                acute,
                List.of("udbreder-voldslegitimerende-budskaber"),
                NOW,
                status);
    }
}
