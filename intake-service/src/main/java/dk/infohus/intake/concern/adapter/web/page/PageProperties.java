package dk.infohus.intake.concern.adapter.web.page;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the pages show that the municipality decides, under {@code infohus.intake}: the municipalities a
 * citizen may report to, the coordinators to contact, and the budget for forms sent without a proof of work.
 *
 * @param municipalities the public form's choice, by kommunekode and name
 * @param contacts the coordinators named on the action card, the guidance and the form
 * @param unverifiedSubmissionsPerHour how many public forms the whole service accepts an hour without a
 *     solved ALTCHA challenge (a browser without JavaScript cannot solve one)
 */
@ConfigurationProperties("infohus.intake")
public record PageProperties(
        @DefaultValue List<Municipality> municipalities,
        @DefaultValue List<Contact> contacts,
        @DefaultValue("20") int unverifiedSubmissionsPerHour) {

    public PageProperties {
        municipalities = List.copyOf(municipalities);
        contacts = List.copyOf(contacts);
    }

    /** A municipality by its kommunekode, e.g. 657 Herning. */
    public record Municipality(String code, String name) {}

    /**
     * A coordinator to contact.
     *
     * @param role in Danish
     * @param roleEn in English; the Danish role when not given
     */
    public record Contact(
            String name, String role, @Nullable String roleEn, String phone, String email) {

        public String roleIn(boolean english) {
            return english && roleEn != null && !roleEn.isBlank() ? roleEn : role;
        }

        /** The phone number for a {@code tel:} link: digits and a leading plus only. */
        public String phoneHref() {
            return "tel:" + phone.replaceAll("[^0-9+]", "");
        }
    }

    public Optional<Municipality> municipality(String code) {
        return municipalities.stream().filter(m -> m.code().equals(code)).findFirst();
    }

    /** The name of a municipality, or its code when it is not configured. */
    public String nameOf(String code) {
        return municipality(code).map(Municipality::name).orElse(code);
    }
}
