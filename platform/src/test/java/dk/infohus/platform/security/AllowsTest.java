package dk.infohus.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.contracts.Role;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class AllowsTest {

    @Allow(anyone = true)
    void publicPage() {}

    @Allow(anySignedIn = true)
    void configuredList() {}

    @Allow(Role.MUNICIPAL_COORDINATOR)
    void coordinatorsOnly() {}

    void forgotten() {}

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachKindOfAllowAdmitsWhomItSays(Role role) throws Exception {
        assertThat(Allows.admit(allowOf("publicPage"), role)).isTrue();
        assertThat(Allows.admit(allowOf("configuredList"), role)).isEqualTo(role != Role.CITIZEN);
        assertThat(Allows.admit(allowOf("coordinatorsOnly"), role)).isEqualTo(role == Role.MUNICIPAL_COORDINATOR);
        assertThat(Allows.admit(allowOf("forgotten"), role))
                .as("no @Allow: closed")
                .isFalse();
    }

    private static Allow allowOf(String method) throws NoSuchMethodException {
        return AllowsTest.class.getDeclaredMethod(method).getAnnotation(Allow.class);
    }
}
