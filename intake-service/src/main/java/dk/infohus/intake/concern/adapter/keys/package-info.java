/** Where intake's secret comes from: configuration, a key file kept beside the data, or a new one. */
@NullMarked
package dk.infohus.intake.concern.adapter.keys;

import org.jspecify.annotations.NullMarked;
