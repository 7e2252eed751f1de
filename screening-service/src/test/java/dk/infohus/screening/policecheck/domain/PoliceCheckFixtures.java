package dk.infohus.screening.policecheck.domain;

import dk.infohus.calendar.Deadline;
import dk.infohus.calendar.WorkingDays;
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

    /** Five working days for the police check, 24 hours for a child's assessment, on the Danish calendar. */
    public static final DeadlinePolicy DEADLINES = new DeadlinePolicy() {
        @Override
        public Deadline policeCheck(String municipality, Instant from) {
            return WorkingDays.danish().workingDaysAfter(from, 5);
        }

        @Override
        public Deadline childAssessment(Instant receivedAt) {
            return WorkingDays.hoursAfter(receivedAt, 24);
        }
    };

    /** Received Thursday 26 November 2026 09:00 in Copenhagen: due at the end of Thursday 3 December. */
    public static final Instant POLICE_CHECK_DUE = Instant.parse("2026-12-03T23:00:00Z");

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
    private boolean views = true;

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

    /** About an adult: CPR number of someone born in 1990. */
    public PoliceCheckFixtures aboutAdult() {
        subjectKind = SubjectKind.PERSON;
        subject = new PersonalData("Mads Holm", "120390-1235", null, null, "Truer kolleger og deler propaganda.");
        return this;
    }

    /** A cleared check whose coordinators have not recorded their views yet. */
    public PoliceCheckFixtures withoutViews() {
        views = false;
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
        Obstacle obstacle = state == PoliceCheckState.OBSTRUCTED
                ? new Obstacle(ObstacleReason.ONGOING_INVESTIGATION, LocalDate.of(2027, 1, 4), OFFICER, later)
                : null;
        boolean viewed = state == PoliceCheckState.CLEARED || decided();
        CoordinatorView municipalView = viewed && views
                ? new CoordinatorView(CoordinatorSide.MUNICIPAL, "Ulla Nielsen", true, null, later)
                : null;
        CoordinatorView policeView =
                viewed && views ? new CoordinatorView(CoordinatorSide.POLICE, "TWA001", true, null, later) : null;
        Decision decision = switch (state) {
            case PRESENTED_TO_INFOHUS ->
                new Decision(
                        DecisionOutcome.PRESENT,
                        null,
                        COORDINATORS,
                        later,
                        new Decision.Presentation(Meeting.NEXT_AD_HOC, false),
                        null,
                        null,
                        null);
            case NOT_PRESENTED ->
                new Decision(
                        DecisionOutcome.NOT_PRESENTED,
                        NotPresentedReason.UNFOUNDED,
                        COORDINATORS,
                        later,
                        null,
                        "Intet at komme efter.",
                        null,
                        null);
            default -> null;
        };
        ConcernDetails concern = concern();
        Deadlines deadlines = new Deadlines(
                DEADLINES.policeCheck(municipality, RECEIVED),
                concern.ageGroup() == AgeGroup.CHILD ? DEADLINES.childAssessment(RECEIVED) : null);
        return PoliceCheck.restore(new PoliceCheck.Snapshot(
                new PoliceCheckId(UUID.randomUUID()),
                concern,
                OPENED,
                state,
                deadlines,
                List.of(),
                clearance,
                takeOver,
                obstacle,
                null,
                municipalView,
                policeView,
                decision));
    }

    private boolean decided() {
        return state == PoliceCheckState.PRESENTED_TO_INFOHUS || state == PoliceCheckState.NOT_PRESENTED;
    }
}
