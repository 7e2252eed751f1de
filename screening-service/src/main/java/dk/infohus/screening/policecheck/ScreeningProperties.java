package dk.infohus.screening.policecheck;

import dk.infohus.calendar.MunicipalCalendars;
import java.time.MonthDay;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Deadlines per municipality ({@code infohus.screening.*}), by kommunekode.
 *
 * @param policeCheckWorkingDays working days the police check has, counted from intake's receipt
 * @param policeCheckWorkingDaysByMunicipality municipalities that give it other than that
 * @param childAssessmentHours hours for the assessment of whether a child needs acute measures (Barnets Lov: 24)
 * @param closingDays the days every municipality closes on besides public holidays, as {@code MM-dd}
 * @param closingDaysByMunicipality municipalities that close on other days (an empty list: none)
 */
@ConfigurationProperties("infohus.screening")
record ScreeningProperties(
        @Nullable Integer policeCheckWorkingDays,
        @Nullable Map<String, Integer> policeCheckWorkingDaysByMunicipality,
        @Nullable Integer childAssessmentHours,
        @Nullable List<String> closingDays,
        @Nullable Map<String, List<String>> closingDaysByMunicipality) {

    ScreeningProperties {
        policeCheckWorkingDays = policeCheckWorkingDays == null ? 5 : policeCheckWorkingDays;
        policeCheckWorkingDaysByMunicipality = policeCheckWorkingDaysByMunicipality == null
                ? Map.of()
                : Map.copyOf(policeCheckWorkingDaysByMunicipality);
        childAssessmentHours = childAssessmentHours == null ? 24 : childAssessmentHours;
        closingDays = closingDays == null ? List.of("06-05", "12-24", "12-31") : List.copyOf(closingDays);
        closingDaysByMunicipality =
                closingDaysByMunicipality == null ? Map.of() : Map.copyOf(closingDaysByMunicipality);
    }

    int workingDaysFor(String municipality) {
        return policeCheckWorkingDaysByMunicipality.getOrDefault(municipality, policeCheckWorkingDays);
    }

    MunicipalCalendars calendars() {
        return MunicipalCalendars.of(
                days(closingDays),
                closingDaysByMunicipality.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> days(e.getValue()))));
    }

    private static Set<MonthDay> days(List<String> days) {
        return days.stream().map(day -> MonthDay.parse("--" + day.strip())).collect(Collectors.toSet());
    }
}
