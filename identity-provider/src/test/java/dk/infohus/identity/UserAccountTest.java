package dk.infohus.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.contracts.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A user whose attributes do not fit the role stops the start, so no token ever lacks what the services need. */
class UserAccountTest {

    private static final String PASSWORD = "{noop}infohus";

    @Test
    void aPoliceCoordinatorNeedsTheDistrictAndItsMunicipalities() {
        assertThatThrownBy(() -> new UserAccount(
                        "torben",
                        PASSWORD,
                        "Torben",
                        Role.POLICE_COORDINATOR,
                        "657",
                        List.of(),
                        "midt",
                        null,
                        null,
                        null))
                .hasMessageContaining("users[torben].municipalities");
        assertThatThrownBy(() -> new UserAccount(
                        "torben",
                        PASSWORD,
                        "Torben",
                        Role.POLICE_COORDINATOR,
                        "657",
                        List.of("657"),
                        null,
                        null,
                        null,
                        null))
                .hasMessageContaining("users[torben].police-district");
    }

    @Test
    void eachRoleNeedsItsOwnAttribute() {
        assertThatThrownBy(() -> new UserAccount(
                        "jens", PASSWORD, "Jens", Role.DEPARTMENT_CASEWORKER, "657", List.of(), null, null, null, null))
                .hasMessageContaining("users[jens].department");
        assertThatThrownBy(() -> new UserAccount(
                        "mette", PASSWORD, "Mette", Role.INFOHUS_MEMBER, "657", List.of(), null, null, "skat", null))
                .hasMessageContaining("users[mette].authority must be one of");
        assertThatThrownBy(() -> new UserAccount(
                        "lene", PASSWORD, "Lene", Role.REPORTER, "657", List.of(), null, null, null, null))
                .hasMessageContaining("users[lene].organisation");
        assertThatThrownBy(() -> new UserAccount(
                        "nina", PASSWORD, "Nina", Role.NETWORK_MEMBER, "657", List.of(), null, null, null, null))
                .hasMessageContaining("users[nina].police-district");
    }

    @Test
    void municipalitiesAreKommunekoderAndPasswordsNameTheirEncoder() {
        assertThatThrownBy(() -> new UserAccount(
                        "lise",
                        PASSWORD,
                        "Lise",
                        Role.MUNICIPAL_COORDINATOR,
                        "Herning",
                        List.of(),
                        null,
                        null,
                        null,
                        null))
                .hasMessageContaining("users[lise].municipality must be a kommunekode");
        assertThatThrownBy(() -> new UserAccount(
                        "lise",
                        "infohus",
                        "Lise",
                        Role.MUNICIPAL_COORDINATOR,
                        "657",
                        List.of(),
                        null,
                        null,
                        null,
                        null))
                .hasMessageContaining("users[lise].password must name its encoder");
    }

    @Test
    void theClaimsHoldOnlyTheAttributesTheUserHas() {
        UserAccount lise = new UserAccount(
                "lise",
                PASSWORD,
                "Lise Ungermann",
                Role.MUNICIPAL_COORDINATOR,
                "657",
                List.of(),
                null,
                null,
                null,
                null);

        assertThat(InfohusClaims.of(lise))
                .containsOnlyKeys("name", "role", "municipality")
                .containsEntry("role", "municipal-coordinator")
                .containsEntry("municipality", "657");
    }

    @Test
    void aUserNamedTwiceStopsTheStart() {
        UserAccount lise = new UserAccount(
                "lise", PASSWORD, "Lise", Role.MUNICIPAL_COORDINATOR, "657", List.of(), null, null, null, null);

        assertThatThrownBy(() -> new UserDirectory(List.of(lise, lise))).hasMessageContaining("lise more than once");
    }
}
