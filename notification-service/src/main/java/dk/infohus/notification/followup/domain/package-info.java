@NullMarked
package dk.infohus.notification.followup.domain;

import org.jspecify.annotations.NullMarked;
