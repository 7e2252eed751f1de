package dk.infohus.referral.referral.application;

import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.contracts.Role;
import dk.infohus.platform.security.Caller;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReferralAccessTest {

    private static final String HERNING = "657";
    private static final String HOLSTEBRO = "661";
    private static final String CHILDREN = "boern-og-forebyggelse";
    private static final String EMPLOYMENT = "beskaeftigelse-25-plus";

    private static Caller caller(Role role, String municipality, @Nullable String department) {
        return new Caller("user", role, municipality, Set.of(municipality), department, null, null);
    }

    private static Caller policeCoordinatorOfTheDistrict() {
        return new Caller("torben", Role.POLICE_COORDINATOR, HERNING, Set.of(HERNING, HOLSTEBRO), null, null, null);
    }

    /** Who asks about a referral to children and families in Herning: may they see it, act on it, list the inbox? */
    static Stream<Arguments> callers() {
        return Stream.of(
                Arguments.of("citizen", Caller.citizen(), false, false, false),
                Arguments.of("reporter", caller(Role.REPORTER, HERNING, null), false, false, false),
                Arguments.of(
                        "police coordinator of the district", policeCoordinatorOfTheDistrict(), false, false, false),
                Arguments.of(
                        "municipal coordinator", caller(Role.MUNICIPAL_COORDINATOR, HERNING, null), true, false, true),
                Arguments.of(
                        "municipal coordinator of Holstebro",
                        caller(Role.MUNICIPAL_COORDINATOR, HOLSTEBRO, null),
                        false,
                        false,
                        true),
                Arguments.of(
                        "Infohus member for the department",
                        new Caller("mette", Role.INFOHUS_MEMBER, HERNING, Set.of(HERNING), null, CHILDREN, null),
                        false,
                        false,
                        false),
                Arguments.of(
                        "caseworker of the department",
                        caller(Role.DEPARTMENT_CASEWORKER, HERNING, CHILDREN),
                        true,
                        true,
                        true),
                Arguments.of(
                        "caseworker of another department",
                        caller(Role.DEPARTMENT_CASEWORKER, HERNING, EMPLOYMENT),
                        false,
                        false,
                        false),
                Arguments.of(
                        "caseworker of the department in Holstebro",
                        caller(Role.DEPARTMENT_CASEWORKER, HOLSTEBRO, CHILDREN),
                        false,
                        false,
                        true),
                Arguments.of(
                        "caseworker without a department",
                        caller(Role.DEPARTMENT_CASEWORKER, HERNING, null),
                        false,
                        false,
                        false),
                Arguments.of("network member", caller(Role.NETWORK_MEMBER, HERNING, null), false, false, false),
                Arguments.of("administrator", caller(Role.ADMINISTRATOR, HERNING, null), false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void onlyTheDepartmentActsAndOnlyItAndTheCoordinatorSeeWithinTheirMunicipality(
            String who, Caller caller, boolean sees, boolean acts, boolean listsInbox) {
        assertThat(ReferralAccess.maySee(caller, HERNING, CHILDREN)).as("sees").isEqualTo(sees);
        assertThat(ReferralAccess.mayActOn(caller, HERNING, CHILDREN))
                .as("acts")
                .isEqualTo(acts);
        assertThat(ReferralAccess.mayListInboxOf(caller, CHILDREN))
                .as("lists the inbox")
                .isEqualTo(listsInbox);
    }
}
