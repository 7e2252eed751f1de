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
import java.net.URI;
import java.util.Arrays;
import java.util.Optional;

/**
 * Every event type on the wire: its logical, versioned CloudEvents type name, the topic that carries
 * it, its record and its JSON Schema. Type names never change meaning; a breaking change is a new
 * version ({@code .v2}) with a schema of its own.
 */
public enum EventType {
    CONCERN_RECEIVED("dk.infohus.intake.concern-received.v1", Topics.INTAKE_CONCERN, ConcernReceived.class),
    POLICE_CHECK_OPENED(
            "dk.infohus.screening.police-check-opened.v1", Topics.SCREENING_POLICE_CHECK, PoliceCheckOpened.class),
    POLICE_CHECK_CLEARED(
            "dk.infohus.screening.police-check-cleared.v1", Topics.SCREENING_POLICE_CHECK, PoliceCheckCleared.class),
    CONCERN_TAKEN_OVER_BY_POLICE(
            "dk.infohus.screening.concern-taken-over-by-police.v1",
            Topics.SCREENING_POLICE_CHECK,
            ConcernTakenOverByPolice.class),
    POLICE_CHECK_OBSTRUCTED(
            "dk.infohus.screening.police-check-obstructed.v1",
            Topics.SCREENING_POLICE_CHECK,
            PoliceCheckObstructed.class),
    POLICE_CHECK_REOPENED(
            "dk.infohus.screening.police-check-reopened.v1", Topics.SCREENING_POLICE_CHECK, PoliceCheckReopened.class),
    /** v2: without the person, who travels to assessment alone in {@link #CONCERN_HANDED_OVER_TO_INFOHUS}. */
    CONCERN_PRESENTED_TO_INFOHUS(
            "dk.infohus.screening.concern-presented-to-infohus.v2",
            Topics.SCREENING_POLICE_CHECK,
            ConcernPresentedToInfohus.class),
    CONCERN_HANDED_OVER_TO_INFOHUS(
            "dk.infohus.screening.concern-handed-over-to-infohus.v1",
            Topics.SCREENING_INFOHUS_HANDOVER,
            ConcernHandedOverToInfohus.class),
    CONCERN_NOT_PRESENTED(
            "dk.infohus.screening.concern-not-presented.v1", Topics.SCREENING_POLICE_CHECK, ConcernNotPresented.class),
    RECOMMENDATION_MADE(
            "dk.infohus.assessment.recommendation-made.v1", Topics.ASSESSMENT_INFOHUS_CASE, RecommendationMade.class),
    REFERRAL_ISSUED("dk.infohus.referral.referral-issued.v1", Topics.REFERRAL_REFERRAL, ReferralIssued.class),
    REFERRAL_ACKNOWLEDGED(
            "dk.infohus.referral.referral-acknowledged.v1", Topics.REFERRAL_REFERRAL, ReferralAcknowledged.class),
    REFERRAL_CLOSED("dk.infohus.referral.referral-closed.v1", Topics.REFERRAL_REFERRAL, ReferralClosed.class),
    FOLLOW_UP_REMINDER_DUE(
            "dk.infohus.notification.follow-up-reminder-due.v1",
            Topics.NOTIFICATION_FOLLOW_UP,
            FollowUpReminderDue.class);

    /** Base of every schema's {@code $id}; resolved from this module's classpath, never fetched. */
    public static final String SCHEMA_BASE = "https://schemas.infohus.dk/";

    private final String typeName;
    private final String topic;
    private final Class<? extends InfohusEvent> recordType;

    EventType(String typeName, String topic, Class<? extends InfohusEvent> recordType) {
        this.typeName = typeName;
        this.topic = topic;
        this.recordType = recordType;
    }

    /** The CloudEvents {@code type}, e.g. {@code dk.infohus.intake.concern-received.v1}. */
    public String typeName() {
        return typeName;
    }

    /** The topic that carries this type. */
    public String topic() {
        return topic;
    }

    public Class<? extends InfohusEvent> recordType() {
        return recordType;
    }

    /** The CloudEvents {@code dataschema}: the {@code $id} of this type's JSON Schema. */
    public URI dataSchema() {
        return URI.create(SCHEMA_BASE + typeName + ".json");
    }

    public static EventType of(InfohusEvent event) {
        return Arrays.stream(values())
                .filter(type -> type.recordType == event.getClass())
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no event type for " + event.getClass()));
    }

    public static Optional<EventType> named(String typeName) {
        return Arrays.stream(values())
                .filter(type -> type.typeName.equals(typeName))
                .findFirst();
    }
}
