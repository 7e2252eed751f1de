package dk.infohus.contracts;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The one type that carries personal data about the person or group a concern is about, and what the
 * reporter told about them. Special category data (beliefs, health, criminal matters) travels only
 * inside this type and only to a service that needs it, so that encrypting it with a key per person
 * later is a change in one place.
 *
 * @param name the person's or the group's name, as the reporter gave it
 * @param cprNumber the CPR number if the reporter knows it ({@code DDMMYY-SSSS})
 * @param birthDate the birth date if known and no CPR number is given
 * @param address the address if known
 * @param account what was seen or heard, in the reporter's words
 * @param age the person's age as the reporter guessed it, when no birth date is known
 * @param groupDescription for a group: who they are, how many, how they meet
 * @param when when it was seen or heard, in the reporter's words
 * @param where where it was seen or heard
 * @param onlinePlatforms platforms where it happened online (e.g. TikTok, Discord)
 * @param links links the reporter gave (profiles, posts, videos)
 * @param otherAuthorities other authorities already involved, as the reporter knows them
 * @param reporterRelation the reporter's relation to the person (teacher, parent, neighbour ...)
 */
public record PersonalData(
        String name,
        @Nullable String cprNumber,
        @Nullable LocalDate birthDate,
        @Nullable String address,
        String account,
        @Nullable Integer age,
        @Nullable String groupDescription,
        @Nullable String when,
        @Nullable String where,
        List<String> onlinePlatforms,
        List<String> links,
        @Nullable String otherAuthorities,
        @Nullable String reporterRelation) {

    public PersonalData {
        onlinePlatforms = onlinePlatforms == null ? List.of() : List.copyOf(onlinePlatforms);
        links = links == null ? List.of() : List.copyOf(links);
    }

    /** Only who the concern is about and the account; the rest not told. */
    public PersonalData(
            String name,
            @Nullable String cprNumber,
            @Nullable LocalDate birthDate,
            @Nullable String address,
            String account) {
        this(name, cprNumber, birthDate, address, account, null, null, null, null, List.of(), List.of(), null, null);
    }

    @Override
    public String toString() {
        // never let a name or CPR number reach a log line by accident
        return "PersonalData[redacted]";
    }
}
