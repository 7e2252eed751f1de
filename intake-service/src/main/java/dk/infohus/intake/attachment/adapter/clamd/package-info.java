/** Malware scanning of attachments with ClamAV's daemon. */
@NullMarked
package dk.infohus.intake.attachment.adapter.clamd;

import org.jspecify.annotations.NullMarked;
