package dk.infohus.assessment.infohuscase.application;

import static dk.infohus.assessment.infohuscase.domain.InfohusCaseFixtures.anInfohusCase;
import static org.assertj.core.api.Assertions.assertThat;

import dk.infohus.assessment.infohuscase.domain.InfohusCase;
import dk.infohus.assessment.infohuscase.domain.InfohusCaseId;
import dk.infohus.contracts.Role;
import dk.infohus.platform.security.Caller;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NeedToKnowTest {

    private static final String HERNING = "657";
    private static final String HOLSTEBRO = "661";
    private static final Set<String> MIDT_OG_VESTJYLLAND = Set.of("657", "661", "671", "665", "760", "779", "791");

    /** Herning's case (the fixtures' municipality). */
    private final InfohusCase herningCase = anInfohusCase().build();

    private final NeedToKnow withoutMeetings = new NeedToKnow(new NoMeetingsYet());

    @Test
    void theMunicipalCoordinatorSeesAndChangesEveryCaseOfTheirOwnMunicipalityOnly() {
        Caller herning = caller(Role.MUNICIPAL_COORDINATOR, HERNING);
        Caller holstebro = caller(Role.MUNICIPAL_COORDINATOR, HOLSTEBRO);

        assertThat(withoutMeetings.maySee(herning, herningCase)).isTrue();
        assertThat(withoutMeetings.mayChange(herning, herningCase)).isTrue();
        assertThat(withoutMeetings.visibleTo(herning)).isEqualTo(VisibleCases.allOf(Set.of(HERNING)));
        assertThat(withoutMeetings.maySee(holstebro, herningCase)).isFalse();
        assertThat(withoutMeetings.mayChange(holstebro, herningCase)).isFalse();
        assertThat(withoutMeetings.visibleTo(holstebro).includes(herningCase.id(), HERNING))
                .isFalse();
    }

    @Test
    void anInfohusMemberSeesNoCaseWhileThereAreNoMeetings() {
        Caller member = caller(Role.INFOHUS_MEMBER, HERNING);

        assertThat(withoutMeetings.maySee(member, herningCase)).isFalse();
        assertThat(withoutMeetings.visibleTo(member).nothing()).isTrue();
    }

    @Test
    void anInfohusMemberReadsTheCasesOnTheAgendaOfTheirMeetingsOfTheirOwnMunicipalityAndChangesNone() {
        InfohusCase notOnTheAgenda = anInfohusCase().build();
        InfohusCaseId foreignOnTheAgenda = new InfohusCaseId(UUID.randomUUID());
        Agendas agendas =
                member -> "mette".equals(member.userId()) ? Set.of(herningCase.id(), foreignOnTheAgenda) : Set.of();
        NeedToKnow needToKnow = new NeedToKnow(agendas);
        Caller mette =
                new Caller("mette", Role.INFOHUS_MEMBER, HERNING, Set.of(HERNING), null, "boern-og-forebyggelse", null);
        Caller otherMember =
                new Caller("ole", Role.INFOHUS_MEMBER, HERNING, Set.of(HERNING), null, "beskaeftigelse", null);

        assertThat(needToKnow.maySee(mette, herningCase)).isTrue();
        assertThat(needToKnow.mayChange(mette, herningCase)).isFalse();
        assertThat(needToKnow.maySee(mette, notOnTheAgenda)).isFalse();
        assertThat(needToKnow.visibleTo(mette).includes(foreignOnTheAgenda, HOLSTEBRO))
                .as("no role reads across municipalities, whatever an agenda says")
                .isFalse();
        assertThat(needToKnow.maySee(otherMember, herningCase)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"MUNICIPAL_COORDINATOR", "INFOHUS_MEMBER"},
            mode = EnumSource.Mode.EXCLUDE)
    void noOtherRoleSeesOrChangesAnyCaseEvenInTheirOwnMunicipality(Role role) {
        Caller caller = role == Role.CITIZEN
                ? Caller.citizen()
                : new Caller("someone", role, HERNING, MIDT_OG_VESTJYLLAND, null, null, null);

        assertThat(withoutMeetings.maySee(caller, herningCase)).isFalse();
        assertThat(withoutMeetings.mayChange(caller, herningCase)).isFalse();
        assertThat(withoutMeetings.visibleTo(caller).nothing()).isTrue();
    }

    private static Caller caller(Role role, String municipality) {
        return new Caller("someone", role, municipality, Set.of(municipality), null, null, null);
    }
}
