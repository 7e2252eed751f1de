package dk.infohus.contracts;

/**
 * Kafka topics, each owned and named by the service that produces to it. Consumers never write to a
 * topic they do not own.
 */
public final class Topics {

    /** Concerns accepted by intake. */
    public static final String INTAKE_CONCERN = "intake.concern.v1";

    /**
     * Police screening and the coordinators' decision, as ids and codes: no person, no police note. The
     * police systems consume this topic, and intake (for the reporter's status).
     */
    public static final String SCREENING_POLICE_CHECK = "screening.police-check.v1";

    /**
     * The hand-over of a concern the coordinators present to Infohus, with the person it is about. Only
     * assessment reads this topic.
     */
    public static final String SCREENING_INFOHUS_HANDOVER = "screening.infohus-handover.v1";

    /** Infohus cases and their recommendations. */
    public static final String ASSESSMENT_INFOHUS_CASE = "assessment.infohus-case.v1";

    /** Referrals to the municipality's departments. */
    public static final String REFERRAL_REFERRAL = "referral.referral.v1";

    /** Notifications to departments and follow-up reminders. */
    public static final String NOTIFICATION_FOLLOW_UP = "notification.follow-up.v1";

    /** Suffix of the dead-letter topic that receives what a consumer of a topic could not process. */
    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {}

    /** The explicitly named dead-letter topic of {@code topic}, e.g. {@code intake.concern.v1.dlt}. */
    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
