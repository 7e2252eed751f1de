@NullMarked
package dk.infohus.notification.followup.adapter.scheduling;

import org.jspecify.annotations.NullMarked;
