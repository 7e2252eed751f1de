@NullMarked
package dk.infohus.notification.followup.adapter.web;

import org.jspecify.annotations.NullMarked;
