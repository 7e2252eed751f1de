@NullMarked
package dk.infohus.notification.followup.adapter.kafka;

import org.jspecify.annotations.NullMarked;
