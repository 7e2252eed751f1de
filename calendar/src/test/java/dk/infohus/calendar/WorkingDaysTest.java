package dk.infohus.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Against tables worked out by hand from the 2026 and 2027 calendars, not from Jollyday. */
class WorkingDaysTest {

    private final WorkingDays danish = WorkingDays.danish();

    @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
    @CsvSource({
        // Christmas 2026
        "2026-12-23, true,  Wednesday before Christmas",
        "2026-12-24, false, juleaftensdag: a closing day",
        "2026-12-25, false, juledag",
        "2026-12-26, false, 2. juledag, a Saturday",
        "2026-12-28, true,  Monday between Christmas and New Year",
        "2026-12-31, false, nytårsaftensdag: a closing day",
        "2027-01-01, false, nytårsdag",
        "2027-01-04, true,  first Monday of 2027",
        // Easter 2027 (Easter Sunday 28 March)
        "2027-03-24, true,  Wednesday before Easter",
        "2027-03-25, false, skærtorsdag",
        "2027-03-26, false, langfredag",
        "2027-03-29, false, 2. påskedag",
        "2027-03-30, true,  Tuesday after Easter",
        "2027-04-23, true,  store bededag, abolished from 2024",
        "2027-05-06, false, Kristi himmelfartsdag",
        "2027-05-07, true,  Friday after Kristi himmelfart",
        "2027-05-17, false, 2. pinsedag",
        // Grundlovsdag
        "2026-06-05, false, Grundlovsdag 2026: a Friday, a closing day",
        "2027-06-04, true,  Friday before Grundlovsdag 2027",
        "2027-06-05, false, Grundlovsdag 2027: a Saturday",
        "2027-06-07, true,  Monday after Grundlovsdag 2027",
        "2028-06-05, false, Grundlovsdag 2028: a Monday, a closing day",
    })
    void knowsTheDanishWorkingDays(LocalDate day, boolean working, String why) {
        assertThat(danish.isWorkingDay(day)).as(why).isEqualTo(working);
    }

    @ParameterizedTest(name = "{1} working days after {0}: {2}")
    @CsvSource({
        // Christmas 2026
        "2026-12-18, 5, 2026-12-29", // Fri: 21, 22, 23, 28, 29
        "2026-12-23, 1, 2026-12-28",
        "2026-12-23, 5, 2027-01-05", // 28, 29, 30, 4, 5
        "2026-12-24, 1, 2026-12-28", // received on a closing day
        "2026-12-30, 1, 2027-01-04",
        "2026-12-26, 3, 2026-12-30", // received on a Saturday holiday
        // Easter 2027
        "2027-03-24, 1, 2027-03-30",
        "2027-03-22, 5, 2027-04-01", // 23, 24, 30, 31, 1
        "2027-03-25, 5, 2027-04-05", // 30, 31, 1, 2, 5
        "2027-05-05, 1, 2027-05-07", // over Kristi himmelfart
        "2027-05-14, 1, 2027-05-18", // over 2. pinsedag
        // Grundlovsdag
        "2027-06-03, 2, 2027-06-07", // Thu: 4, then Saturday 5 June counts nothing anyway
        "2026-06-04, 1, 2026-06-08", // Thu: Friday 5 June closed
        "2028-06-02, 1, 2028-06-06", // Fri: Monday 5 June closed
        // ordinary weeks
        "2026-12-07, 5, 2026-12-14",
        "2026-12-05, 1, 2026-12-07", // received on a Saturday
    })
    void countsWorkingDaysAfterTheDay(LocalDate from, int workingDays, LocalDate expected) {
        assertThat(danish.plusWorkingDays(from, workingDays)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{1} working days after {0}: due {2}")
    @CsvSource({
        // winter time (+01:00): the end of 29 December is 23:00 UTC
        "2026-12-18T09:30:00Z, 5, 2026-12-29T23:00:00Z, 2026-12-29",
        // a late evening in UTC is already the next day in Copenhagen: counted from 19 December (Saturday)
        "2026-12-18T23:30:00Z, 5, 2026-12-29T23:00:00Z, 2026-12-29",
        "2026-12-18T22:59:59Z, 1, 2026-12-21T23:00:00Z, 2026-12-21",
        "2026-12-18T23:00:00Z, 1, 2026-12-21T23:00:00Z, 2026-12-21",
        // over Easter and into summer time (+02:00 from 28 March 2027): the end of the day is 22:00 UTC
        "2027-03-24T10:00:00Z, 1, 2027-03-30T22:00:00Z, 2027-03-30",
        "2027-03-22T10:00:00Z, 5, 2027-04-01T22:00:00Z, 2027-04-01",
        // back to winter time (31 October 2027)
        "2027-10-29T10:00:00Z, 1, 2027-11-01T23:00:00Z, 2027-11-01",
        // Grundlovsdag 2026
        "2026-06-04T08:00:00Z, 1, 2026-06-08T22:00:00Z, 2026-06-08",
    })
    void workingDayDeadlinesEndAtTheEndOfTheDayInCopenhagen(
            Instant from, int workingDays, Instant dueAt, LocalDate lastWorkingDay) {
        Deadline deadline = danish.workingDaysAfter(from, workingDays);

        assertThat(deadline.dueAt()).isEqualTo(dueAt);
        assertThat(deadline.lastWorkingDay()).isEqualTo(lastWorkingDay);
    }

    @ParameterizedTest(name = "{1} hours after {0}: due {2}")
    @CsvSource({
        // a closing day and holidays do not stop the clock
        "2026-12-23T15:00:00Z, 24, 2026-12-24T15:00:00Z",
        "2026-12-24T20:15:00Z, 24, 2026-12-25T20:15:00Z",
        // over the change to summer time: 24 hours, though the wall clock moves 25
        "2027-03-27T12:00:00Z, 24, 2027-03-28T12:00:00Z",
        // over the change to winter time
        "2027-10-30T12:00:00Z, 24, 2027-10-31T12:00:00Z",
    })
    void hourDeadlinesStayInHours(Instant from, int hours, Instant dueAt) {
        Deadline deadline = WorkingDays.hoursAfter(from, hours);

        assertThat(deadline.dueAt()).isEqualTo(dueAt);
        assertThat(deadline.lastWorkingDay()).isNull();
    }

    @Test
    void aDeadlineIsOverdueFromItsDueMomentOn() {
        Deadline deadline = danish.workingDaysAfter(Instant.parse("2026-12-18T09:30:00Z"), 5);

        assertThat(deadline.isOverdueAt(Instant.parse("2026-12-29T22:59:59Z"))).isFalse();
        assertThat(deadline.isOverdueAt(Instant.parse("2026-12-29T23:00:00Z"))).isTrue();
    }

    @Test
    void aMunicipalityMayOpenOnTheDaysOthersCloseOn() {
        MunicipalCalendars calendars = MunicipalCalendars.of(
                WorkingDays.DEFAULT_CLOSING_DAYS, Map.of("661", Set.of(MonthDay.of(12, 24)), "657", Set.of()));

        LocalDate grundlovsdag2026 = LocalDate.of(2026, 6, 5);
        assertThat(calendars.of("657").isWorkingDay(grundlovsdag2026)).isTrue();
        assertThat(calendars.of("661").isWorkingDay(grundlovsdag2026)).isTrue();
        assertThat(calendars.of("661").isWorkingDay(LocalDate.of(2026, 12, 24))).isFalse();
        assertThat(calendars.of("661").isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(calendars.of("615").isWorkingDay(grundlovsdag2026)).isFalse();
        // public holidays stay holidays everywhere
        assertThat(calendars.of("657").isWorkingDay(LocalDate.of(2026, 12, 25))).isFalse();
        assertThat(calendars.of("657").plusWorkingDays(LocalDate.of(2026, 12, 23), 1))
                .isEqualTo(LocalDate.of(2026, 12, 24));
    }

    @Test
    void refusesCountsThatCannotBeMeant() {
        assertThatIllegalArgumentException().isThrownBy(() -> danish.plusWorkingDays(LocalDate.of(2026, 12, 7), 0));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> danish.plusWorkingDays(LocalDate.of(2026, 12, 7), WorkingDays.MAX_WORKING_DAYS + 1));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> WorkingDays.hoursAfter(Instant.parse("2026-12-07T10:00:00Z"), 0));
    }
}
