package dk.infohus.notification.followup.application;

import static dk.infohus.notification.followup.domain.ReferralFollowUpFixtures.aFollowUp;
import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.contracts.Role;
import dk.infohus.notification.followup.domain.ReferralFollowUp;
import dk.infohus.platform.security.Caller;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class NeedToKnowTest {

    private static final String HERNING = "657";
    private static final String HOLSTEBRO = "661";
    private static final String DEPARTMENT = "boern-og-forebyggelse";

    /** A referral of Herning to {@link #DEPARTMENT}. */
    private final ReferralFollowUp referral = aFollowUp().to(DEPARTMENT).build();

    private static Caller caller(Role role, String municipality, @Nullable String department) {
        return new Caller("someone", role, municipality, Set.of(municipality), department, null, null);
    }

    static Stream<Arguments> callers() {
        Caller policeOfTheDistrict =
                new Caller("torben", Role.POLICE_COORDINATOR, HERNING, Set.of(HERNING, HOLSTEBRO), null, null, null);
        // who: sees the notification, reads it, follows the referral up
        return Stream.of(
                Arguments.of(
                        "caseworker of the department",
                        caller(Role.DEPARTMENT_CASEWORKER, HERNING, DEPARTMENT),
                        true,
                        true,
                        false),
                Arguments.of(
                        "caseworker of another department",
                        caller(Role.DEPARTMENT_CASEWORKER, HERNING, "handicap-og-psykiatri"),
                        false,
                        false,
                        false),
                Arguments.of(
                        "caseworker without a department",
                        caller(Role.DEPARTMENT_CASEWORKER, HERNING, null),
                        false,
                        false,
                        false),
                Arguments.of(
                        "caseworker of the department in Holstebro",
                        caller(Role.DEPARTMENT_CASEWORKER, HOLSTEBRO, DEPARTMENT),
                        false,
                        false,
                        false),
                Arguments.of(
                        "municipal coordinator", caller(Role.MUNICIPAL_COORDINATOR, HERNING, null), true, false, true),
                Arguments.of(
                        "municipal coordinator of Holstebro",
                        caller(Role.MUNICIPAL_COORDINATOR, HOLSTEBRO, null),
                        false,
                        false,
                        false),
                Arguments.of("police coordinator of the district", policeOfTheDistrict, false, false, false),
                Arguments.of(
                        "Infohus member of the same authority",
                        new Caller(
                                "mette", Role.INFOHUS_MEMBER, HERNING, Set.of(HERNING), DEPARTMENT, DEPARTMENT, null),
                        false,
                        false,
                        false),
                Arguments.of("reporter", caller(Role.REPORTER, HERNING, null), false, false, false),
                Arguments.of("network member", caller(Role.NETWORK_MEMBER, HERNING, null), false, false, false),
                Arguments.of("administrator", caller(Role.ADMINISTRATOR, HERNING, null), false, false, false),
                Arguments.of("citizen", Caller.citizen(), false, false, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("callers")
    void eachCallerSeesAndDoesOnlyWhatTheirRoleNeeds(
            String who, Caller caller, boolean seesNotification, boolean readsNotification, boolean followsUp) {
        assertThat(NeedToKnow.seesNotification(caller, referral))
                .as("sees the notification")
                .isEqualTo(seesNotification);
        assertThat(NeedToKnow.readsNotification(caller, referral))
                .as("reads the notification")
                .isEqualTo(readsNotification);
        assertThat(NeedToKnow.followsUp(caller, referral)).as("follows it up").isEqualTo(followsUp);
    }

    @Test
    void aCaseworkerListsOnlyTheirOwnDepartmentAndACoordinatorAny() {
        Caller caseworker = caller(Role.DEPARTMENT_CASEWORKER, HERNING, DEPARTMENT);
        Caller coordinator = caller(Role.MUNICIPAL_COORDINATOR, HERNING, null);

        assertThat(NeedToKnow.listsNotificationsOf(caseworker, DEPARTMENT)).isTrue();
        assertThat(NeedToKnow.listsNotificationsOf(caseworker, "handicap-og-psykiatri"))
                .isFalse();
        assertThat(NeedToKnow.listsNotificationsOf(coordinator, "handicap-og-psykiatri"))
                .isTrue();
        assertThat(NeedToKnow.listsNotificationsOf(caller(Role.ADMINISTRATOR, HERNING, DEPARTMENT), DEPARTMENT))
                .isFalse();
    }

    @Test
    void aListHoldsOnlyTheMunicipalitiesTheCallerWorksForNarrowedByTheQuery() {
        Caller coordinator = caller(Role.MUNICIPAL_COORDINATOR, HERNING, null);

        assertThat(NeedToKnow.municipalitiesFor(coordinator, null)).containsExactly(HERNING);
        assertThat(NeedToKnow.municipalitiesFor(coordinator, HERNING)).containsExactly(HERNING);
        assertThat(NeedToKnow.municipalitiesFor(coordinator, HOLSTEBRO)).isEmpty();
        assertThat(NeedToKnow.municipalitiesFor(Caller.citizen(), null)).isEmpty();
        assertThat(List.of(HERNING, HOLSTEBRO))
                .as("a police district's municipalities, one at a time")
                .allSatisfy(municipality -> assertThat(NeedToKnow.municipalitiesFor(
                                new Caller(
                                        "torben",
                                        Role.POLICE_COORDINATOR,
                                        HERNING,
                                        Set.of(HERNING, HOLSTEBRO),
                                        null,
                                        null,
                                        null),
                                municipality))
                        .containsExactly(municipality));
    }
}
