package dk.infohus.intake.concern.adapter.web;

import dk.infohus.intake.concern.domain.ReporterKind;
import dk.infohus.intake.concern.domain.SubjectKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A concern as a reporter or a partner system sends it.
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
        @NotBlank @Size(max = 10_000) String account,
        @Nullable @Size(max = 300) String when,
        @Nullable @Size(max = 300) String where,
        @Nullable @Valid OnlineRequest online,
        @Nullable @Size(max = 2_000) String otherAuthorities,
        @Nullable @Size(max = 200) String relationToSubject,
        @Nullable Boolean acute,

        @Nullable @Size(max = 30)
        List<@Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*") @Size(max = 60) String> concernSigns) {

    record ReporterRequest(
            @NotNull ReporterKind kind,
            @Nullable @Size(max = 200) String name,
            @Nullable @Size(max = 200) String organisation,
            @Nullable @Email @Size(max = 200) String email,

            @Nullable @Pattern(regexp = "\\+?[0-9 ]{8,20}", message = "must be a phone number")
            String phone) {}

    /**
     * @param age the person's age as the reporter guesses it, when the birth date is not known
     * @param description for a group: who they are, how many, where they meet
     */
    record SubjectRequest(
            @NotNull SubjectKind kind,
            @NotBlank @Size(max = 200) String name,
            @Nullable String cprNumber,
            @Nullable @Past LocalDate birthDate,
            @Nullable @Min(0) @Max(120) Integer age,
            @Nullable @Size(max = 300) String address,
            @Nullable @Size(max = 2_000) String description) {}

    record OnlineRequest(
            @Nullable @Size(max = 20) List<@NotBlank @Size(max = 100) String> platforms,
            @Nullable @Size(max = 20) List<@NotBlank @Size(max = 2_000) String> links) {}
}
