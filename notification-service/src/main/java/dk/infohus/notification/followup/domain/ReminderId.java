package dk.infohus.notification.followup.domain;

import java.util.UUID;

/** Identifies a follow-up reminder on the wire ({@code FollowUpReminderDue.reminderId}). */
public record ReminderId(UUID value) {

    public static ReminderId newId() {
        return new ReminderId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
