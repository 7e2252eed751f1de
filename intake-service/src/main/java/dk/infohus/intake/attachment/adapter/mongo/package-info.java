@NullMarked
package dk.infohus.intake.attachment.adapter.mongo;

import org.jspecify.annotations.NullMarked;
