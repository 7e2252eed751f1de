package dk.infohus.screening.policecheck.domain;

import dk.infohus.contracts.PersonalData;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Police checks for tests: {@code PoliceCheckFixtures.aPoliceCheck().acute().in(CLEARED).build()}. */
public final class PoliceCheckFixtures {

    public static final Instant RECEIVED = Instant.parse("2026-11-26T08:00:00Z");
    public static final Instant OPENED = RECEIVED.plusSeconds(2);
    public static final Instant NOW = Instant.parse("2026-11-26T10:30:00Z");

    public static final Officer OFFICER = new Officer("TWA001");
    public static final Coordinators COORDINATORS = new Coordinators("Ulla Nielsen", "TWA001");

    /** A person about whom the reporter told everything a concern can carry. */
    public static final PersonalData TOLD_IN_FULL = new PersonalData(
            "Ali Jensen",
            "170511-4321",
            LocalDate.of(2011, 5, 17),
            "Bredgade 1, 7400 Herning",
            "Deler voldsforherligende videoer i klassens chat.",
            15,
            null,
            "Siden efterårsferien, flere gange om ugen",
            "Klassens chat og skolegården",
            List.of("TikTok", "Discord"),
            List.of("https://www.tiktok.com/@example", "https://discord.gg/example"),
            "SSP er orienteret; kendt af PPR",
            "Klasselærer");

    private SubjectKind subjectKind = SubjectKind.PERSON;
    private PersonalData subject = new PersonalData(
            "Ali Jensen",
            "170511-4321",
            LocalDate.of(2011, 5, 17),
            "Bredgade 1, 7400 Herning",
            "Deler voldsforherligende videoer i klassens chat.");
    private boolean acute;
    private String municipality = "657";
    private PoliceCheckState state = PoliceCheckState.OPEN;
    private List<UUID> earlierConcerns = List.of();

    private PoliceCheckFixtures() {}

    public static PoliceCheckFixtures aPoliceCheck() {
        return new PoliceCheckFixtures();
    }

    public PoliceCheckFixtures aboutGroup() {
        subjectKind = SubjectKind.GROUP;
        subject = new PersonalData("Gruppen i parken", null, null, null, "De deler flyers med hagekors.");
        return this;
    }

    /** About a person the reporter told everything about: {@link #TOLD_IN_FULL}. */
    public PoliceCheckFixtures toldInFull() {
        subjectKind = SubjectKind.PERSON;
        subject = TOLD_IN_FULL;
        return this;
    }

    /** Not the first concern about its subject: these case ids came before it, oldest first. */
    public PoliceCheckFixtures after(UUID... earlierConcerns) {
        this.earlierConcerns = List.of(earlierConcerns);
        return this;
    }

    public PoliceCheckFixtures acute() {
        acute = true;
        return this;
    }

    /** A check of that municipality's (kommunekode); Herning's (657) unless said otherwise. */
    public PoliceCheckFixtures of(String municipality) {
        this.municipality = municipality;
        return this;
    }

    /** A check in that state, with the clearance, take-over or decision that brought it there. */
    public PoliceCheckFixtures in(PoliceCheckState state) {
        this.state = state;
        return this;
    }

    public ConcernDetails concern() {
        return new ConcernDetails(
                municipality,
                acute,
                subjectKind,
                List.of("udbreder-voldslegitimerende-budskaber"),
                RECEIVED,
                subject,
                earlierConcerns);
    }

    public PoliceCheck build() {
        Instant later = OPENED.plusSeconds(3_600);
        Clearance clearance = switch (state) {
            case CLEARED, PRESENTED_TO_INFOHUS, NOT_PRESENTED -> new Clearance(OFFICER, null, later);
            default -> null;
        };
        TakeOver takeOver = state == PoliceCheckState.TAKEN_OVER_BY_POLICE
                ? new TakeOver(OFFICER, "Verserende efterforskning.", later)
                : null;
        Decision decision = switch (state) {
            case PRESENTED_TO_INFOHUS -> new Decision(DecisionOutcome.PRESENT, null, COORDINATORS, later);
            case NOT_PRESENTED ->
                new Decision(DecisionOutcome.NOT_PRESENTED, NotPresentedReason.UNFOUNDED, COORDINATORS, later);
            default -> null;
        };
        return PoliceCheck.restore(
                new PoliceCheckId(UUID.randomUUID()), concern(), OPENED, state, clearance, takeOver, decision);
    }
}
