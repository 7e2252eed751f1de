/** A concern's files, kept by the attachment feature. */
@NullMarked
package dk.infohus.intake.concern.adapter.attachments;

import org.jspecify.annotations.NullMarked;
