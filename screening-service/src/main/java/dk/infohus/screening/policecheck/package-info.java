/**
 * The police check of one concern (politiets screening), from the moment intake received the concern
 * until the coordinators decided whether Infohus handles it, or the police took it over.
 */
@NullMarked
package dk.infohus.screening.policecheck;

import org.jspecify.annotations.NullMarked;
