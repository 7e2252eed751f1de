package dk.infohus.intake.concern.domain;

import static dk.infohus.intake.concern.domain.ConcernFixtures.aConcern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.contracts.intake.ConcernReceived;
import dk.infohus.platform.domain.IllegalTransition;
import dk.infohus.platform.domain.InvalidInput;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConcernTest {

    static Stream<Arguments> everyStateAndAction() {
        return Stream.of(ConcernStatus.values())
                .flatMap(state -> Stream.of(ConcernAction.values()).map(action -> Arguments.of(state, action)));
    }

    @ParameterizedTest(name = "{0} --{1}-->")
    @MethodSource("everyStateAndAction")
    void followsItsTransitionTableExactly(ConcernStatus from, ConcernAction action) {
        Concern concern = aConcern().in(from).build();

        var expected = Concern.TRANSITIONS.lookup(from, action);

        if (expected.isPresent()) {
            perform(concern, action);
            assertThat(concern.status()).isEqualTo(expected.get());
        } else {
            assertThatThrownBy(() -> perform(concern, action))
                    .isInstanceOf(IllegalTransition.class)
                    .hasMessageContaining(from.name());
            assertThat(concern.status()).isEqualTo(from);
        }
    }

    @Test
    void theTableLetsEveryConcernEndClosed() {
        assertThat(Concern.TRANSITIONS.lookup(ConcernStatus.RECEIVED, ConcernAction.CLOSE))
                .contains(ConcernStatus.CLOSED);
        assertThat(Concern.TRANSITIONS.lookup(ConcernStatus.BEING_HANDLED, ConcernAction.CLOSE))
                .contains(ConcernStatus.CLOSED);
    }

    @Test
    void receivingAConcernTellsScreeningWithThePersonInPersonalData() {
        ReceiptCode code = ReceiptCode.generate(new SplittableRandom(7));
        var subject = Subject.person("Ali Jensen", CprNumber.parse("170511-4321"), null, null);
        var account = new Account(
                "Set i skolegården",
                "tirsdag i frikvarteret",
                "Lindeskolen",
                List.of("TikTok"),
                List.of("https://www.tiktok.com/@example"),
                "SSP",
                "lærer");
        ConcernId earlier = ConcernId.newId();

        var received = Concern.receive(
                ConcernId.newId(),
                "657",
                code,
                "key",
                new Report(
                        new Reporter(ReporterKind.CITIZEN, null, null, null, null), subject, account, true, List.of()),
                null,
                List.of(),
                new SubjectKeys(List.of("k")),
                List.of(earlier),
                ConcernFixtures.NOW);

        assertThat(received.aggregate().status()).isEqualTo(ConcernStatus.RECEIVED);
        assertThat(received.aggregate().receiptFingerprint()).isEqualTo(code.fingerprint());
        assertThat(received.events()).singleElement().isInstanceOfSatisfying(ConcernReceived.class, event -> {
            assertThat(event.caseId()).isEqualTo(received.aggregate().id().value());
            assertThat(event.acute()).isTrue();
            assertThat(event.reporterKind()).isEqualTo("CITIZEN");
            assertThat(event.subject().cprNumber()).isEqualTo("170511-4321");
            assertThat(event.subject().birthDate()).isEqualTo(java.time.LocalDate.of(2011, 5, 17));
            assertThat(event.occurredAt()).isEqualTo(ConcernFixtures.NOW);
            assertThat(event.earlierConcerns()).containsExactly(earlier.value());
            assertThat(event.subject().when()).isEqualTo("tirsdag i frikvarteret");
            assertThat(event.subject().where()).isEqualTo("Lindeskolen");
            assertThat(event.subject().onlinePlatforms()).containsExactly("TikTok");
            assertThat(event.subject().links()).containsExactly("https://www.tiktok.com/@example");
            assertThat(event.subject().otherAuthorities()).isEqualTo("SSP");
            assertThat(event.subject().reporterRelation()).isEqualTo("lærer");
        });
    }

    @Test
    void aProfessionalCannotReportAnonymously() {
        assertThatThrownBy(() -> new Reporter(ReporterKind.STAFF, " ", "Lindeskolen", null, null))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("reporter.name");
        assertThatThrownBy(() -> new Reporter(ReporterKind.PARTNER, "Kim", null, null, null))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("reporter.organisation");
        assertThat(new Reporter(ReporterKind.CITIZEN, null, null, null, null).anonymous())
                .isTrue();
    }

    @Test
    void aBirthDateThatContradictsTheCprNumberIsRefused() {
        assertThatThrownBy(() -> Subject.person(
                        "Ali", CprNumber.parse("170511-4321"), java.time.LocalDate.of(2011, 5, 18), null))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("subject.birthDate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:text/html,<script>alert(1)</script>", "ftp://x.dk/a", "www.x"})
    void aLinkThatIsNotAWebAddressIsRefused(String link) {
        assertThatThrownBy(() -> new Account("Set online", null, null, List.of(), List.of(link), null, null))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("online.links[0]");
    }

    @Test
    void aGroupHasNoAgeAndAnAgeIsHuman() {
        assertThatThrownBy(() -> new Subject(SubjectKind.GROUP, "Gruppen", null, null, 17, null, null))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("subject.kind");
        assertThatThrownBy(() -> new Subject(SubjectKind.PERSON, "Ali", null, null, 121, null, null))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("subject.age");
    }

    @Test
    void theReceiptShowsAProfessionalThatAnOutcomeWillFollowAndACitizenOnlyTheStatus() {
        assertThat(aConcernFrom(ReporterKind.STAFF).receiptStatus())
                .isEqualTo(new ReceiptStatus(ConcernStatus.RECEIVED, true));
        assertThat(aConcernFrom(ReporterKind.CITIZEN).receiptStatus())
                .isEqualTo(new ReceiptStatus(ConcernStatus.RECEIVED, false));
    }

    private static Concern aConcernFrom(ReporterKind kind) {
        return kind == ReporterKind.CITIZEN
                ? ConcernFixtures.aConcern().fromCitizen().build()
                : ConcernFixtures.aConcern().build();
    }

    private static void perform(Concern concern, ConcernAction action) {
        switch (action) {
            case START_HANDLING -> concern.startHandling();
            case CLOSE -> concern.close();
        }
    }
}
