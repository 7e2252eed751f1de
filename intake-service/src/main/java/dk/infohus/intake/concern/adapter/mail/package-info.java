/** Receipts by email, over SMTP. */
@NullMarked
package dk.infohus.intake.concern.adapter.mail;

import org.jspecify.annotations.NullMarked;
