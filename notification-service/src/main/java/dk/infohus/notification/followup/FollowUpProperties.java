package dk.infohus.notification.followup;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the follow-up, under {@code infohus.follow-up.*}; their values live in application.yml,
 * since how soon a referral is followed up is the municipality's choice, not the code's.
 *
 * @param after how long after a referral is issued its follow-up falls due, e.g. {@code 14d}
 * @param checkInterval how often the service looks for follow-ups that fell due, e.g. {@code 1m}
 * @param checkBatch most reminders made due in one check; the next check takes the rest
 */
@ConfigurationProperties("infohus.follow-up")
public record FollowUpProperties(Duration after, Duration checkInterval, int checkBatch) {

    public FollowUpProperties {
        if (after == null || after.isNegative() || after.isZero()) {
            throw new IllegalArgumentException("infohus.follow-up.after must be a positive duration, e.g. 14d");
        }
        if (checkInterval == null || checkInterval.isNegative() || checkInterval.isZero()) {
            throw new IllegalArgumentException("infohus.follow-up.check-interval must be a positive duration, e.g. 1m");
        }
        if (checkBatch < 1) {
            throw new IllegalArgumentException("infohus.follow-up.check-batch must be at least 1");
        }
    }
}
