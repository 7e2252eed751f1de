package dk.infohus.contracts;

import dk.infohus.contracts.assessment.RecommendationMade;
import dk.infohus.contracts.intake.ConcernReceived;
import dk.infohus.contracts.notification.FollowUpReminderDue;
import dk.infohus.contracts.referral.ReferralAcknowledged;
import dk.infohus.contracts.referral.ReferralClosed;
import dk.infohus.contracts.referral.ReferralIssued;
import dk.infohus.contracts.screening.ConcernHandedOverToInfohus;
import dk.infohus.contracts.screening.ConcernNotPresented;
import dk.infohus.contracts.screening.ConcernPresentedToInfohus;
import dk.infohus.contracts.screening.ConcernTakenOverByPolice;
import dk.infohus.contracts.screening.PoliceCheckCleared;
import dk.infohus.contracts.screening.PoliceCheckObstructed;
import dk.infohus.contracts.screening.PoliceCheckOpened;
import dk.infohus.contracts.screening.PoliceCheckReopened;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One valid sample of every event type. */
final class EventSamples {

    static final UUID CASE = UUID.fromString("3f2b8c1e-0d4a-4c6e-9a51-7b0e2d9f4a10");
    static final Instant AT = Instant.parse("2026-11-26T09:15:30.123Z");
    static final String HERNING = "657";
    static final PersonalData PERSON = new PersonalData(
            "Ali Jensen", "010110-1234", LocalDate.of(2010, 1, 1), null, "Deler voldsforherligende videoer");

    private EventSamples() {}

    static InfohusEvent of(EventType type) {
        UUID referral = UUID.fromString("9a0d3b7e-5c1f-4e2a-8b6d-1f3e5a7c9b20");
        return switch (type) {
            case CONCERN_RECEIVED ->
                new ConcernReceived(
                        CASE,
                        HERNING,
                        AT,
                        "PERSON",
                        "STAFF",
                        false,
                        List.of("udbreder-voldslegitimerende-budskaber"),
                        PERSON);
            case POLICE_CHECK_OPENED -> new PoliceCheckOpened(CASE, HERNING, AT, true);
            case POLICE_CHECK_CLEARED -> new PoliceCheckCleared(CASE, HERNING, AT, "TWA001");
            case CONCERN_TAKEN_OVER_BY_POLICE -> new ConcernTakenOverByPolice(CASE, HERNING, AT, "TWA001");
            case CONCERN_PRESENTED_TO_INFOHUS ->
                new ConcernPresentedToInfohus(CASE, HERNING, AT, "ungli", "TWA001", "NEXT_AD_HOC", true);
            case CONCERN_HANDED_OVER_TO_INFOHUS ->
                new ConcernHandedOverToInfohus(
                        CASE, HERNING, AT, "ungli", "TWA001", "NEXT_FIXED", false, "PERSON", PERSON);
            case POLICE_CHECK_OBSTRUCTED ->
                new PoliceCheckObstructed(
                        CASE, HERNING, AT, "TWA001", "ONGOING_INVESTIGATION", LocalDate.of(2027, 1, 4));
            case POLICE_CHECK_REOPENED -> new PoliceCheckReopened(CASE, HERNING, AT);
            case CONCERN_NOT_PRESENTED -> new ConcernNotPresented(CASE, HERNING, AT, "ungli", "TWA001", "UNFOUNDED");
            case RECOMMENDATION_MADE ->
                new RecommendationMade(
                        CASE, HERNING, AT, List.of("boern-og-forebyggelse"), List.of("netvaerk-og-fritid"));
            case REFERRAL_ISSUED -> new ReferralIssued(CASE, HERNING, AT, referral, "boern-og-forebyggelse");
            case REFERRAL_ACKNOWLEDGED ->
                new ReferralAcknowledged(CASE, HERNING, AT, referral, "boern-og-forebyggelse", "caseworker-1");
            case REFERRAL_CLOSED ->
                new ReferralClosed(
                        CASE, HERNING, AT, referral, "boern-og-forebyggelse", "caseworker-1", "MEASURES_STARTED");
            case FOLLOW_UP_REMINDER_DUE ->
                new FollowUpReminderDue(CASE, HERNING, AT, UUID.randomUUID(), referral, "boern-og-forebyggelse");
        };
    }
}
