/** The AsyncAPI description of screening's topics. */
@NullMarked
package dk.infohus.screening.asyncapi;

import org.jspecify.annotations.NullMarked;
