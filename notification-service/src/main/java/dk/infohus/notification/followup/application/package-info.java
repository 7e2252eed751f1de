@NullMarked
package dk.infohus.notification.followup.application;

import org.jspecify.annotations.NullMarked;
