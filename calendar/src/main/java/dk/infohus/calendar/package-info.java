/**
 * Danish working days and deadlines: public holidays from Jollyday, each municipality's own closing
 * days (Grundlovsdag, 24 and 31 December by default), all in Europe/Copenhagen. Plain Java.
 */
@NullMarked
package dk.infohus.calendar;

import org.jspecify.annotations.NullMarked;
