@NullMarked
package dk.infohus.notification.followup.adapter.mongo;

import org.jspecify.annotations.NullMarked;
