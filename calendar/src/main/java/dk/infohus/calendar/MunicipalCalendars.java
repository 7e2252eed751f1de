package dk.infohus.calendar;

import java.time.MonthDay;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The working days of each municipality, by kommunekode: the closing days configured for it, or the
 * default ones for a municipality not named.
 */
public final class MunicipalCalendars {

    private final WorkingDays standard;
    private final Map<String, WorkingDays> byMunicipality;

    private MunicipalCalendars(WorkingDays standard, Map<String, WorkingDays> byMunicipality) {
        this.standard = standard;
        this.byMunicipality = Map.copyOf(byMunicipality);
    }

    /**
     * @param defaultClosingDays the closing days of a municipality not named in {@code closingDays}
     * @param closingDays the closing days of named municipalities, by kommunekode; an empty set for one that
     *     closes only on public holidays
     */
    public static MunicipalCalendars of(Set<MonthDay> defaultClosingDays, Map<String, Set<MonthDay>> closingDays) {
        return new MunicipalCalendars(
                WorkingDays.closingOn(defaultClosingDays),
                closingDays.entrySet().stream()
                        .collect(Collectors.toMap(Map.Entry::getKey, e -> WorkingDays.closingOn(e.getValue()))));
    }

    /** Every municipality closes on {@link WorkingDays#DEFAULT_CLOSING_DAYS}. */
    public static MunicipalCalendars danish() {
        return of(WorkingDays.DEFAULT_CLOSING_DAYS, Map.of());
    }

    public WorkingDays of(String municipality) {
        return byMunicipality.getOrDefault(municipality, standard);
    }
}
