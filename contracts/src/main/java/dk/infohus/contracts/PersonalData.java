package dk.infohus.contracts;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * The one type that carries personal data about the person or group a concern is about. Special
 * category data (beliefs, health, criminal matters) travels only inside this type and only to a
 * service that needs it, so that encrypting it with a key per person later is a change in one place.
 *
 * @param name the person's or the group's name, as the reporter gave it
 * @param cprNumber the CPR number if the reporter knows it ({@code DDMMYY-SSSS})
 * @param birthDate the birth date if known and no CPR number is given
 * @param address the address if known
 * @param account what was seen or heard, when and where, in the reporter's words
 */
public record PersonalData(
        String name,
        @Nullable String cprNumber,
        @Nullable LocalDate birthDate,
        @Nullable String address,
        String account) {

    @Override
    public String toString() {
        // never let a name or CPR number reach a log line by accident
        return "PersonalData[redacted]";
    }
}
