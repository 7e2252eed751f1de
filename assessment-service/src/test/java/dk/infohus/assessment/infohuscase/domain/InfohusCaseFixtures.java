package dk.infohus.assessment.infohuscase.domain;

import dk.infohus.contracts.PersonalData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Infohus cases for tests: {@code InfohusCaseFixtures.anInfohusCase().aboutGroup().in(CLOSED).build()}. */
public final class InfohusCaseFixtures {

    public static final Instant PRESENTED = Instant.parse("2026-11-20T09:30:00Z");
    public static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

    /** Herning's departments, as application.yml configures them. */
    public static final DepartmentCatalogue HERNING = new DepartmentCatalogue(List.of(
            new Department("beskaeftigelse", "Beskæftigelse 25+"),
            new Department("ungevejledningen", "Ungevejledningen 15-25"),
            new Department("boern-og-forebyggelse", "Børn og Forebyggelse, Ungeteamet"),
            new Department("handicap-og-psykiatri", "Handicap og Psykiatri")));

    private InfohusCaseId id = new InfohusCaseId(UUID.randomUUID());
    private SubjectKind subjectKind = SubjectKind.PERSON;
    private PersonalData subject = new PersonalData(
            "Mads Holm",
            "010190-5678",
            null,
            "Bredgade 1, 7400 Herning",
            "Har set ham dele voldsforherligende videoer i klassens chat.");
    private InfohusCaseState state = InfohusCaseState.OPEN;

    private InfohusCaseFixtures() {}

    public static InfohusCaseFixtures anInfohusCase() {
        return new InfohusCaseFixtures();
    }

    public InfohusCaseFixtures withId(InfohusCaseId id) {
        this.id = id;
        return this;
    }

    public InfohusCaseFixtures aboutMinor() {
        subjectKind = SubjectKind.PERSON;
        subject = new PersonalData("Ali Jensen", null, LocalDate.of(2011, 5, 17), null, "Set i skolegården.");
        return this;
    }

    public InfohusCaseFixtures aboutGroup() {
        subjectKind = SubjectKind.GROUP;
        subject = new PersonalData("Gruppen i parken", null, null, null, "De deler flyers med hagekors.");
        return this;
    }

    /** In this state, with the recommendation and closure that state implies. */
    public InfohusCaseFixtures in(InfohusCaseState state) {
        this.state = state;
        return this;
    }

    public static Recommendation aRecommendation() {
        return Recommendation.of(
                HERNING,
                List.of("boern-og-forebyggelse", "ungevejledningen"),
                List.of("netvaerk-og-fritid", "overbevisninger-og-retorik"),
                "Isolerer sig og søger voldslegitimerende materiale.",
                "Tæt kontakt til sin storesøster; glad for håndbold.",
                "SSP-koordinator Hanne",
                NOW);
    }

    public static Closure aClosure() {
        return new Closure("Anbefaling givet; forvaltningerne har overtaget.", "SSP-koordinator Hanne", NOW);
    }

    public InfohusCase build() {
        return InfohusCase.restore(
                id,
                "657",
                subjectKind,
                subject,
                PRESENTED,
                "SSP-koordinator Hanne",
                "Politikommissær Jens",
                state,
                state == InfohusCaseState.RECOMMENDED ? aRecommendation() : null,
                state == InfohusCaseState.CLOSED ? aClosure() : null);
    }
}
