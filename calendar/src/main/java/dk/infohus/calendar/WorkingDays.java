package dk.infohus.calendar;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The working days of one Danish municipality: Monday to Friday, except Denmark's public holidays (from
 * Jollyday, which computes the Easter-based ones) and the days the municipality closes on. Jollyday's
 * Danish calendar lacks Grundlovsdag (5 June) and 24 and 31 December, which are no public holidays but
 * days most municipalities close on; they are {@link #DEFAULT_CLOSING_DAYS}, and each municipality may
 * have its own. Immutable and safe to share.
 */
public final class WorkingDays {

    /** Where every Danish deadline is counted. */
    public static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    /** Grundlovsdag, juleaftensdag and nytårsaftensdag. */
    public static final Set<MonthDay> DEFAULT_CLOSING_DAYS =
            Set.of(MonthDay.of(6, 5), MonthDay.of(12, 24), MonthDay.of(12, 31));

    /** Far enough that a wrong argument fails instead of looping through the centuries. */
    static final int MAX_WORKING_DAYS = 366;

    private static final HolidayManager DENMARK =
            HolidayManager.getInstance(ManagerParameters.create(HolidayCalendar.DENMARK));

    private final Set<MonthDay> closingDays;
    private final Map<Year, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    private WorkingDays(Set<MonthDay> closingDays) {
        this.closingDays = Set.copyOf(closingDays);
    }

    /** Denmark's public holidays and these closing days of a municipality. */
    public static WorkingDays closingOn(Set<MonthDay> closingDays) {
        return new WorkingDays(closingDays);
    }

    /** Denmark's public holidays and the usual closing days, {@link #DEFAULT_CLOSING_DAYS}. */
    public static WorkingDays danish() {
        return new WorkingDays(DEFAULT_CLOSING_DAYS);
    }

    public Set<MonthDay> closingDays() {
        return closingDays;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY
                && weekday != DayOfWeek.SUNDAY
                && !closingDays.contains(MonthDay.from(day))
                && !holidays(Year.from(day)).contains(day);
    }

    /**
     * The {@code workingDays}-th working day after {@code day}; {@code day} itself never counts, whether it
     * is a working day or not (a concern received on a Saturday has its first working day on Monday).
     */
    public LocalDate plusWorkingDays(LocalDate day, int workingDays) {
        if (workingDays < 1 || workingDays > MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("working days must be 1 to " + MAX_WORKING_DAYS + ": " + workingDays);
        }
        LocalDate current = day;
        int counted = 0;
        while (counted < workingDays) {
            current = current.plusDays(1);
            if (isWorkingDay(current)) {
                counted++;
            }
        }
        return current;
    }

    /**
     * Due at the end of the {@code workingDays}-th working day after the day (in Copenhagen) of
     * {@code from}: the midnight that ends that day, whatever the offset (summer or winter time) then is.
     */
    public Deadline workingDaysAfter(Instant from, int workingDays) {
        LocalDate last = plusWorkingDays(from.atZone(COPENHAGEN).toLocalDate(), workingDays);
        return new Deadline(last.plusDays(1).atStartOfDay(COPENHAGEN).toInstant(), last);
    }

    /**
     * Due exactly {@code hours} hours after {@code from}, holidays and the night included: a 24-hour
     * deadline that spans a change to summer time ends at a wall-clock hour one later.
     */
    public static Deadline hoursAfter(Instant from, int hours) {
        if (hours < 1) {
            throw new IllegalArgumentException("hours must be positive: " + hours);
        }
        return new Deadline(from.plus(Duration.ofHours(hours)), null);
    }

    private Set<LocalDate> holidays(Year year) {
        return holidaysByYear.computeIfAbsent(
                year,
                y -> DENMARK.getHolidays(y).stream().map(Holiday::getDate).collect(Collectors.toUnmodifiableSet()));
    }
}
