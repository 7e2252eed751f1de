package dk.infohus.intake.concern.application;

import static dk.infohus.intake.concern.domain.ConcernFixtures.aConcern;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dk.infohus.contracts.InfohusEvent;
import dk.infohus.contracts.Role;
import dk.infohus.intake.concern.application.ConcernIntake.Receipt;
import dk.infohus.intake.concern.application.ConcernIntake.ReporterDetails;
import dk.infohus.intake.concern.application.ConcernIntake.Submission;
import dk.infohus.intake.concern.domain.Account;
import dk.infohus.intake.concern.domain.AttachedFile;
import dk.infohus.intake.concern.domain.BlindIndex;
import dk.infohus.intake.concern.domain.Concern;
import dk.infohus.intake.concern.domain.ConcernFixtures;
import dk.infohus.intake.concern.domain.ConcernId;
import dk.infohus.intake.concern.domain.ConcernStatus;
import dk.infohus.intake.concern.domain.CprNumber;
import dk.infohus.intake.concern.domain.ReceiptCodes;
import dk.infohus.intake.concern.domain.Reporter;
import dk.infohus.intake.concern.domain.ReporterKind;
import dk.infohus.intake.concern.domain.Subject;
import dk.infohus.intake.concern.domain.SubjectKeys;
import dk.infohus.platform.domain.InvalidInput;
import dk.infohus.platform.domain.NotFound;
import dk.infohus.platform.security.Caller;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ConcernIntakeTest {

    static final Caller LISE = caller("lise", Role.MUNICIPAL_COORDINATOR, "657");
    static final Caller HOLGER = caller("holger", Role.MUNICIPAL_COORDINATOR, "661");
    static final Caller TORBEN =
            new Caller("torben", Role.POLICE_COORDINATOR, "657", Set.of("657", "661", "671"), null, null, null);
    static final Caller LENE = new Caller("lene", Role.REPORTER, "657", Set.of("657"), null, null, "Lindeskolen");
    static final Caller LARS = caller("lars", Role.REPORTER, "657");

    private final InMemoryConcerns concerns = new InMemoryConcerns();
    private final InMemoryAttachments attachments = new InMemoryAttachments();
    private final ConcernIntake intake = new ConcernIntake(
            concerns,
            attachments,
            new ReceiptCodes(new byte[32]),
            new BlindIndex(new byte[32]),
            Clock.fixed(ConcernFixtures.NOW, ZoneOffset.UTC));

    static Stream<Arguments> readers() {
        return Stream.of(
                Arguments.of("the municipal coordinator of its municipality", LISE, true),
                Arguments.of("a municipal coordinator of another municipality", HOLGER, false),
                Arguments.of("the police coordinator of its district", TORBEN, true),
                Arguments.of(
                        "a police coordinator of another district",
                        new Caller("pia", Role.POLICE_COORDINATOR, "101", Set.of("101", "147"), null, null, null),
                        false),
                Arguments.of("the reporter who reported it", LENE, true),
                Arguments.of("another reporter", LARS, false),
                Arguments.of("the same reporter signed in elsewhere", caller("lene", Role.REPORTER, "661"), false),
                Arguments.of("an Infohus member", caller("mette", Role.INFOHUS_MEMBER, "657"), false),
                Arguments.of("a department caseworker", caller("jens", Role.DEPARTMENT_CASEWORKER, "657"), false),
                Arguments.of("a network member", caller("nina", Role.NETWORK_MEMBER, "657"), false),
                Arguments.of("an administrator", caller("admin", Role.ADMINISTRATOR, "657"), false),
                Arguments.of("a citizen", Caller.citizen(), false));
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("readers")
    void aConcernIsReadOnlyByWhoNeedsToKnowAndOtherwiseDoesNotExist(String who, Caller caller, boolean sees) {
        Concern concern =
                concerns.stored(aConcern().of("657").reportedBy("lene").build());

        if (sees) {
            assertThat(intake.concern(concern.id(), caller)).isSameAs(concern);
        } else {
            assertThatThrownBy(() -> intake.concern(concern.id(), caller))
                    .isInstanceOf(NotFound.class)
                    .hasMessage(new NotFound("concern", concern.id()).getMessage());
        }
    }

    @Test
    void aCitizensReportIsTakenAsGivenAndBelongsToNoUser() {
        intake.receive(
                Caller.citizen(),
                null,
                submission("101", new ReporterDetails(ReporterKind.CITIZEN, "Anna", null, "anna@example.dk", null)));

        Concern stored = concerns.only();
        assertThat(stored.municipality()).isEqualTo("101");
        assertThat(stored.reporter())
                .isEqualTo(new Reporter(ReporterKind.CITIZEN, "Anna", null, "anna@example.dk", null));
        assertThat(stored.reporterUserId()).isNull();
    }

    @Test
    void aSignedInReporterIsNamedByTheirTokenNotByTheForm() {
        intake.receive(
                LENE,
                "Lene Lærer",
                submission(
                        "657",
                        new ReporterDetails(ReporterKind.PARTNER, "Mallory", "Elsewhere", null, "+45 11223344")));

        Concern stored = concerns.only();
        assertThat(stored.reporter())
                .isEqualTo(new Reporter(ReporterKind.PARTNER, "Lene Lærer", "Lindeskolen", null, "+45 11223344"));
        assertThat(stored.reporterUserId()).isEqualTo("lene");
        assertThat(stored.reportedBy("lene")).isTrue();
    }

    @Test
    void withoutANameInTheTokenTheUserIdNamesTheReporterAndTheFormTheOrganisation() {
        intake.receive(
                LARS, " ", submission("657", new ReporterDetails(ReporterKind.STAFF, null, "Klubben", null, null)));

        assertThat(concerns.only().reporter().name()).isEqualTo("lars");
        assertThat(concerns.only().reporter().organisation()).isEqualTo("Klubben");
    }

    @Test
    void aCoordinatorRecordsAConcernByPhoneAsStaffInTheirOwnName() {
        intake.receive(
                LISE, null, submission("657", new ReporterDetails(ReporterKind.STAFF, "Caller", null, null, null)));

        Concern stored = concerns.only();
        assertThat(stored.reporter())
                .isEqualTo(new Reporter(ReporterKind.STAFF, "lise", "municipal-coordinator 657", null, null));
        assertThat(stored.reporterUserId()).isEqualTo("lise");
    }

    static Stream<Arguments> refusedSubmissions() {
        var staff = new ReporterDetails(ReporterKind.STAFF, null, "Klubben", null, null);
        return Stream.of(
                Arguments.of(
                        "a reporter as a citizen",
                        LENE,
                        submission("657", new ReporterDetails(ReporterKind.CITIZEN, null, null, null, null)),
                        "reporter.kind"),
                Arguments.of("a reporter to another municipality", LENE, submission("661", staff), "municipality"),
                Arguments.of("a coordinator to another municipality", LISE, submission("661", staff), "municipality"),
                Arguments.of(
                        "a coordinator as a partner",
                        LISE,
                        submission("657", new ReporterDetails(ReporterKind.PARTNER, null, "Klubben", null, null)),
                        "reporter.kind"),
                Arguments.of(
                        "a police coordinator outside the district", TORBEN, submission("101", staff), "municipality"));
    }

    @ParameterizedTest(name = "{0} -> {3}")
    @MethodSource("refusedSubmissions")
    void aSignedInCallerReportsOnlyWhereTheyWorkAndAsThemselves(
            String what, Caller caller, Submission submission, String field) {
        assertThatThrownBy(() -> intake.receive(caller, null, submission))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo(field);
        assertThat(concerns.all()).isEmpty();
    }

    @Test
    void aPoliceCoordinatorRecordsForAnyMunicipalityOfTheirDistrict() {
        intake.receive(
                TORBEN,
                "Torben Betjent",
                submission("671", new ReporterDetails(ReporterKind.STAFF, null, null, null, null)));

        assertThat(concerns.only().municipality()).isEqualTo("671");
        assertThat(concerns.only().reporter())
                .isEqualTo(new Reporter(ReporterKind.STAFF, "Torben Betjent", "police-coordinator 657", null, null));
    }

    @Test
    void onlyAReporterHasConcernsOfTheirOwn() {
        concerns.stored(aConcern().reportedBy("lene").build());

        assertThat(intake.reportedBy(LENE)).hasSize(1);
        assertThat(intake.reportedBy(LISE)).isEmpty();
        assertThat(intake.reportedBy(Caller.citizen())).isEmpty();
    }

    @Test
    void theSameSubmissionTwiceMakesOneConcernAndGivesTheSameReceiptAgain() {
        String key = "0f8c2a4e-7b1d-4c3a-9e55-2d6f1a0b9c71";
        Receipt first = intake.receive(Caller.citizen(), null, submission("657", CITIZEN, key));
        Receipt again = intake.receive(Caller.citizen(), null, submission("657", CITIZEN, key));

        assertThat(concerns.all()).hasSize(1);
        assertThat(first.repeated()).isFalse();
        assertThat(again.repeated()).isTrue();
        assertThat(again.concernId()).isEqualTo(first.concernId());
        assertThat(again.code()).isEqualTo(first.code());
        assertThat(intake.statusByReceipt(again.code()).status()).isEqualTo(ConcernStatus.RECEIVED);
    }

    @Test
    void aKeyIsOnlyTheSenderOwnSoAnotherSenderWithTheSameKeyMakesAnotherConcern() {
        String key = "0f8c2a4e-7b1d-4c3a-9e55-2d6f1a0b9c71";
        var staff = new ReporterDetails(ReporterKind.STAFF, null, "Lindeskolen", null, null);
        Receipt lene = intake.receive(LENE, "Lene Lærer", submission("657", staff, key));
        Receipt lars = intake.receive(LARS, "Lars", submission("657", staff, key));
        Receipt citizen = intake.receive(Caller.citizen(), null, submission("657", CITIZEN, key));

        assertThat(concerns.all()).hasSize(3);
        assertThat(List.of(lene.repeated(), lars.repeated(), citizen.repeated()))
                .containsOnly(false);
    }

    @Test
    void twoCitizensWithOneKeyAndDifferentConcernsMakeTwoConcernsEachWithItsOwnReceipt() {
        String key = "0f8c2a4e-7b1d-4c3a-9e55-2d6f1a0b9c71";
        Receipt mine = intake.receive(
                Caller.citizen(), null, submission("657", CITIZEN, Subject.group("Gruppen i parken", null), key));
        Receipt theirs = intake.receive(
                Caller.citizen(), null, submission("657", CITIZEN, Subject.group("Drengene ved kiosken", null), key));

        assertThat(concerns.all()).hasSize(2);
        assertThat(theirs.repeated()).isFalse();
        assertThat(theirs.code()).isNotEqualTo(mine.code());
    }

    @Test
    void aSignedInSenderWhoSendsAKeyAgainWithOtherContentIsRefusedAndNothingIsStored() {
        String key = "0f8c2a4e-7b1d-4c3a-9e55-2d6f1a0b9c71";
        var staff = new ReporterDetails(ReporterKind.STAFF, null, "Lindeskolen", null, null);
        intake.receive(LENE, "Lene Lærer", submission("657", staff, Subject.group("Gruppen i parken", null), key));

        assertThatThrownBy(() -> intake.receive(
                        LENE, "Lene Lærer", submission("657", staff, Subject.group("Drengene ved kiosken", null), key)))
                .isInstanceOf(IdempotencyKeyReused.class);
        assertThat(concerns.all()).hasSize(1);
        assertThat(intake.receive(
                                LENE,
                                "Lene Lærer",
                                submission("657", staff, Subject.group("Gruppen i parken", null), key))
                        .repeated())
                .as("the same content again is still the same submission")
                .isTrue();
    }

    @Test
    void withoutAKeyEverySubmissionIsNewAndAMalformedKeyIsRefused() {
        intake.receive(Caller.citizen(), null, submission("657", CITIZEN, null));
        intake.receive(Caller.citizen(), null, submission("657", CITIZEN, null));

        assertThat(concerns.all()).hasSize(2);
        assertThatThrownBy(() -> intake.receive(Caller.citizen(), null, submission("657", CITIZEN, "short")))
                .isInstanceOf(InvalidInput.class)
                .extracting("field")
                .isEqualTo("idempotencyKey");
    }

    @Test
    void aThirdConcernAboutAPersonIsLinkedToTheTwoBeforeItInTheSameMunicipalityOnly() {
        Subject byCpr = Subject.person("Ali Jensen", CprNumber.parse("170511-4321"), null, null);
        Subject byBirthDate = Subject.person("ali jensen", null, LocalDate.of(2011, 5, 17), null);
        Receipt first = intake.receive(Caller.citizen(), null, submission("657", CITIZEN, byCpr, null));
        Receipt second = intake.receive(Caller.citizen(), null, submission("657", CITIZEN, byBirthDate, null));
        intake.receive(Caller.citizen(), null, submission("661", CITIZEN, byCpr, null));
        Receipt third = intake.receive(Caller.citizen(), null, submission("657", CITIZEN, byCpr, null));

        Concern thirdConcern = concerns.find(third.concernId()).orElseThrow();
        assertThat(thirdConcern.earlierConcerns()).containsExactly(first.concernId(), second.concernId());
        assertThat(intake.aboutTheSameSubject(thirdConcern))
                .extracting(Concern::id)
                .containsExactly(first.concernId(), second.concernId());
        assertThat(concerns.find(first.concernId()).orElseThrow().earlierConcerns())
                .isEmpty();
    }

    @Test
    void filesAreStoredWithTheConcernAndDiscardedWhenTheConcernCannotBeStored() {
        var upload = new ConcernAttachments.Upload("skærmbillede.png", 3, () -> new ByteArrayInputStream(new byte[3]));
        Receipt receipt = intake.receive(Caller.citizen(), null, submission("657", CITIZEN, null, upload));

        assertThat(concerns.find(receipt.concernId()).orElseThrow().attachments())
                .extracting(AttachedFile::filename)
                .containsExactly("skærmbillede.png");

        concerns.failNextAdd = true;
        assertThatThrownBy(() -> intake.receive(Caller.citizen(), null, submission("657", CITIZEN, null, upload)))
                .isInstanceOf(IllegalStateException.class);
        assertThat(attachments.stored).containsOnlyKeys(receipt.concernId());
    }

    @Test
    void twoInstancesSendingTheSameFormAtTheSameMomentStoreOneConcernAndBothShowItsReceipt() {
        // two intake instances over one store; the second one's send arrives while the first is between
        // its proof and its write, as a double click reaching two instances does
        ConcernIntake otherInstance = new ConcernIntake(
                concerns,
                attachments,
                new ReceiptCodes(new byte[32]),
                new BlindIndex(new byte[32]),
                Clock.fixed(ConcernFixtures.NOW, ZoneOffset.UTC));
        String key = "0f8c2a4e-7b1d-4c3a-9e55-2d6f1a0b9c71";
        Submission form = submission("657", CITIZEN, key);
        List<String> admitted = new java.util.ArrayList<>();
        Receipt[] second = new Receipt[1];

        Receipt first = intake.receive(Caller.citizen(), null, form, submissionKey -> {
            admitted.add(submissionKey);
            second[0] = otherInstance.receive(Caller.citizen(), null, form, admitted::add);
        });

        assertThat(concerns.all()).hasSize(1);
        assertThat(first.code()).isEqualTo(second[0].code());
        assertThat(first.concernId()).isEqualTo(second[0].concernId());
        assertThat(List.of(first.repeated(), second[0].repeated())).containsExactlyInAnyOrder(true, false);
        assertThat(admitted)
                .as("both proved for the same submission")
                .hasSize(2)
                .containsOnly(admitted.get(0));
    }

    @Test
    void theSameSubmissionAgainIsNotAskedForASecondProof() {
        String key = "0f8c2a4e-7b1d-4c3a-9e55-2d6f1a0b9c71";
        intake.receive(Caller.citizen(), null, submission("657", CITIZEN, key));

        Receipt again = intake.receive(Caller.citizen(), null, submission("657", CITIZEN, key), submissionKey -> {
            throw new AssertionError("asked to prove again");
        });

        assertThat(again.repeated()).isTrue();
    }

    @Test
    void aSenderWhoIsNotAdmittedStoresNothing() {
        assertThatThrownBy(() -> intake.receive(Caller.citizen(), null, submission("657", CITIZEN), submissionKey -> {
                    throw new InvalidInput("altcha", "expired", "has expired");
                }))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.code()).isEqualTo("expired"));
        assertThat(concerns.all()).isEmpty();
    }

    @Test
    void aBrokenRuleIsRefusedBeforeTheSenderIsAskedToProveAnything() {
        Submission tomorrow = new Submission(
                "657",
                CITIZEN,
                Subject.person(
                        "Ali Jensen",
                        null,
                        ConcernFixtures.NOW.atZone(ZoneOffset.UTC).toLocalDate(),
                        null),
                Account.of("Han viser videoer."),
                false,
                List.of(),
                null,
                List.of());

        assertThatThrownBy(() -> intake.receive(Caller.citizen(), null, tomorrow, submissionKey -> {
                    throw new AssertionError("asked to prove a submission that is refused anyway");
                }))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("subject.birthDate");
                    assertThat(e.code()).isEqualTo("not-past");
                });
    }

    @Test
    void theReceiptIsMailedWhenTheReporterAsksAndOnlyForTheFirstSend() {
        RecordingMail mail = new RecordingMail(true);
        ConcernIntake mailing = new ConcernIntake(
                concerns,
                attachments,
                new ReceiptCodes(new byte[32]),
                new BlindIndex(new byte[32]),
                Clock.fixed(ConcernFixtures.NOW, ZoneOffset.UTC),
                mail);
        var anna = new ReporterDetails(ReporterKind.CITIZEN, null, null, "anna@example.dk", null);
        String key = "0f8c2a4e-7b1d-4c3a-9e55-2d6f1a0b9c71";

        Receipt first = mailing.receive(Caller.citizen(), null, mailed(submission("657", anna, key), Locale.ENGLISH));
        Receipt again = mailing.receive(Caller.citizen(), null, mailed(submission("657", anna, key), Locale.ENGLISH));
        Receipt notAsked = mailing.receive(Caller.citizen(), null, submission("657", anna));

        assertThat(mail.sent).containsExactly("anna@example.dk " + first.code().display() + " en");
        assertThat(List.of(first.mailed(), again.mailed(), notAsked.mailed())).containsExactly(true, false, false);
    }

    @Test
    void aReceiptByEmailWithoutAnAddressOrAMailServerIsRefusedAndNothingStored() {
        ConcernIntake withoutMail = new ConcernIntake(
                concerns,
                attachments,
                new ReceiptCodes(new byte[32]),
                new BlindIndex(new byte[32]),
                Clock.fixed(ConcernFixtures.NOW, ZoneOffset.UTC),
                new RecordingMail(false));
        ConcernIntake withMail = new ConcernIntake(
                concerns,
                attachments,
                new ReceiptCodes(new byte[32]),
                new BlindIndex(new byte[32]),
                Clock.fixed(ConcernFixtures.NOW, ZoneOffset.UTC),
                new RecordingMail(true));
        var anna = new ReporterDetails(ReporterKind.CITIZEN, null, null, "anna@example.dk", null);

        assertThatThrownBy(() ->
                        withoutMail.receive(Caller.citizen(), null, mailed(submission("657", anna), Locale.ENGLISH)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.field() + " " + e.code()).isEqualTo("receiptByEmail unavailable"));
        assertThatThrownBy(() ->
                        withMail.receive(Caller.citizen(), null, mailed(submission("657", CITIZEN), Locale.ENGLISH)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.field() + " " + e.code()).isEqualTo("reporter.email required"));
        assertThat(concerns.all()).isEmpty();
    }

    private static Submission mailed(Submission submission, Locale language) {
        return new Submission(
                submission.municipality(),
                submission.reporter(),
                submission.subject(),
                submission.account(),
                submission.acute(),
                submission.concernSigns(),
                submission.idempotencyKey(),
                submission.attachments(),
                language);
    }

    /** Receipt mail that records what it would send. */
    static final class RecordingMail implements ReceiptMail {
        final List<String> sent = new java.util.ArrayList<>();
        private final boolean available;

        RecordingMail(boolean available) {
            this.available = available;
        }

        @Override
        public boolean available() {
            return available;
        }

        @Override
        public void send(String address, dk.infohus.intake.concern.domain.ReceiptCode code, Locale language) {
            sent.add(address + " " + code.display() + " " + language.getLanguage());
        }
    }

    private static final ReporterDetails CITIZEN = new ReporterDetails(ReporterKind.CITIZEN, null, null, null, null);

    private static Submission submission(String municipality, ReporterDetails reporter) {
        return submission(municipality, reporter, null);
    }

    private static Submission submission(String municipality, ReporterDetails reporter, @Nullable String key) {
        return submission(municipality, reporter, Subject.group("Gruppen i parken", null), key);
    }

    private static Submission submission(
            String municipality,
            ReporterDetails reporter,
            Subject subject,
            @Nullable String key,
            ConcernAttachments.Upload... uploads) {
        return new Submission(
                municipality,
                reporter,
                subject,
                Account.of("De deler flyers med hagekors."),
                false,
                List.of(),
                key,
                List.of(uploads));
    }

    private static Submission submission(
            String municipality, ReporterDetails reporter, @Nullable String key, ConcernAttachments.Upload upload) {
        return submission(municipality, reporter, Subject.person("Ali Jensen", null, null, null), key, upload);
    }

    /** The files port, in memory: remembers the files of each concern. */
    static final class InMemoryAttachments implements ConcernAttachments {

        final Map<ConcernId, List<AttachedFile>> stored = new LinkedHashMap<>();

        @Override
        public List<AttachedFile> store(ConcernId concern, List<Upload> uploads) {
            List<AttachedFile> files = uploads.stream()
                    .map(upload -> new AttachedFile(UUID.randomUUID(), upload.filename(), "image/png", upload.size()))
                    .toList();
            if (!files.isEmpty()) {
                stored.put(concern, files);
            }
            return files;
        }

        @Override
        public Optional<StoredFile> open(ConcernId concern, UUID attachmentId) {
            return Optional.empty();
        }

        @Override
        public void discardAllOf(ConcernId concern) {
            stored.remove(concern);
        }
    }

    private static Caller caller(String userId, Role role, String municipality) {
        return new Caller(userId, role, municipality, Set.of(municipality), null, null, null);
    }

    /** The port, in memory: stores what it is given. */
    static final class InMemoryConcerns implements Concerns {

        private final Map<ConcernId, Concern> byId = new LinkedHashMap<>();

        Concern stored(Concern concern) {
            byId.put(concern.id(), concern);
            return concern;
        }

        List<Concern> all() {
            return List.copyOf(byId.values());
        }

        Concern only() {
            assertThat(byId).hasSize(1);
            return byId.values().iterator().next();
        }

        boolean failNextAdd;

        @Override
        public void add(Concern concern, List<InfohusEvent> events) {
            if (failNextAdd) {
                failNextAdd = false;
                throw new IllegalStateException("the store is down");
            }
            if (byId.values().stream().anyMatch(other -> other.submissionKey().equals(concern.submissionKey()))) {
                throw new DuplicateSubmission(concern.submissionKey());
            }
            byId.put(concern.id(), concern);
        }

        @Override
        public Optional<Concern> findBySubmissionKey(String submissionKey) {
            return byId.values().stream()
                    .filter(concern -> concern.submissionKey().equals(submissionKey))
                    .findFirst();
        }

        @Override
        public List<Concern> aboutSubject(String municipality, SubjectKeys keys) {
            return byId.values().stream()
                    .filter(concern -> concern.municipality().equals(municipality)
                            && concern.subjectKeys().values().stream().anyMatch(keys.values()::contains))
                    .sorted(Comparator.comparing(Concern::receivedAt))
                    .toList();
        }

        @Override
        public Optional<Concern> find(ConcernId id) {
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Concern> findByReceiptFingerprint(String fingerprint) {
            return byId.values().stream()
                    .filter(concern -> concern.receiptFingerprint().equals(fingerprint))
                    .findFirst();
        }

        @Override
        public List<Concern> reportedBy(String userId, Set<String> municipalities) {
            return byId.values().stream()
                    .filter(concern -> concern.reportedBy(userId) && municipalities.contains(concern.municipality()))
                    .sorted(Comparator.comparing(Concern::receivedAt).reversed())
                    .toList();
        }

        @Override
        public boolean change(ConcernId id, String causingEventId, Function<Concern, List<InfohusEvent>> change) {
            throw new UnsupportedOperationException("not used here");
        }
    }
}
