package dk.infohus.intake.concern.adapter.web;

import dk.infohus.intake.concern.domain.ReporterKind;
import dk.infohus.intake.concern.domain.SubjectKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A concern as a reporter or a partner system sends it. Only its shape is checked here; the limits and rules
 * (lengths, formats, a birth date before today) are the domain's, the same for the API and the pages, and
 * answered as a 400 naming the field.
 *
 * @param municipality kommunekode of the municipality the concern is reported to, e.g. 657 for Herning; a
 *     signed-in caller reports to a municipality they work for
 * @param reporter who reports. A citizen's details are taken as given (all but the kind may be left out).
 *     A signed-in caller reports as themselves: their name comes from the token (its {@code name} claim,
 *     else their user id) and overrides any name given here, as does the token's {@code organisation};
 *     a reporter's kind is STAFF or PARTNER, a coordinator's STAFF; email and phone are kept as given
 * @param account what was seen or heard
 * @param when when it was seen or heard, in the reporter's words ("last Tuesday, in the break")
 * @param where where it was seen or heard
 * @param online what happened online: platforms and links
 * @param otherAuthorities other authorities already involved, as far as the reporter knows
 * @param relationToSubject the reporter's relation to the person, e.g. teacher, mother, neighbour
 * @param acute the reporter believes there is immediate danger; false when left out
 * @param concernSigns codes of the plan's concern signs, an optional aid
 */
record ConcernRequest(
        @NotNull @Pattern(regexp = "\\d{3}", message = "must be a three-digit kommunekode, e.g. 657")
        String municipality,

        @NotNull @Valid ReporterRequest reporter,
        @NotNull @Valid SubjectRequest subject,
        @NotNull String account,
        @Nullable String when,
        @Nullable String where,
        @Nullable @Valid OnlineRequest online,
        @Nullable String otherAuthorities,
        @Nullable String relationToSubject,
        @Nullable Boolean acute,
        @Nullable List<@NotNull String> concernSigns) {

    record ReporterRequest(
            @NotNull ReporterKind kind,
            @Nullable String name,
            @Nullable String organisation,
            @Nullable String email,
            @Nullable String phone) {}

    /**
     * @param age the person's age as the reporter guesses it, when the birth date is not known
     * @param description for a group: who they are, how many, where they meet
     */
    record SubjectRequest(
            @NotNull SubjectKind kind,
            @NotNull String name,
            @Nullable String cprNumber,
            @Nullable LocalDate birthDate,
            @Nullable Integer age,
            @Nullable String address,
            @Nullable String description) {}

    record OnlineRequest(
            @Nullable List<@NotNull String> platforms,
            @Nullable List<@NotNull String> links) {}
}
