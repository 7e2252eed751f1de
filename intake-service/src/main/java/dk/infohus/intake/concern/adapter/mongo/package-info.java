@NullMarked
package dk.infohus.intake.concern.adapter.mongo;

import org.jspecify.annotations.NullMarked;
