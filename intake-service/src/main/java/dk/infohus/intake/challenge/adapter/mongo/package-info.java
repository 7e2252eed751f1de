@NullMarked
package dk.infohus.intake.challenge.adapter.mongo;

import org.jspecify.annotations.NullMarked;
