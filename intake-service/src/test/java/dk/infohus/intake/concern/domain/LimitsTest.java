package dk.infohus.intake.concern.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every limit of a concern, written once in the domain: the most is kept, one more is refused by a code. */
class LimitsTest {

    static Stream<Arguments> limits() {
        return Stream.of(
                limit("account", OverLimit.TOO_LONG, Account.MAX_WHAT_HAPPENED, n -> account("x".repeat(n), null)),
                limit("when", OverLimit.TOO_LONG, Account.MAX_WHEN, n -> account("x", "x".repeat(n))),
                limit(
                        "where",
                        OverLimit.TOO_LONG,
                        Account.MAX_WHERE,
                        n -> new Account("x", null, "x".repeat(n), List.of(), List.of(), null, null)),
                limit(
                        "otherAuthorities",
                        OverLimit.TOO_LONG,
                        Account.MAX_OTHER_AUTHORITIES,
                        n -> new Account("x", null, null, List.of(), List.of(), "x".repeat(n), null)),
                limit(
                        "relationToSubject",
                        OverLimit.TOO_LONG,
                        Account.MAX_RELATION,
                        n -> new Account("x", null, null, List.of(), List.of(), null, "x".repeat(n))),
                limit(
                        "online.platforms",
                        OverLimit.TOO_MANY,
                        Account.MAX_PLATFORMS,
                        n -> new Account("x", null, null, numbered("p", n), List.of(), null, null)),
                limit(
                        "online.platforms[0]",
                        OverLimit.TOO_LONG,
                        Account.MAX_PLATFORM_LENGTH,
                        n -> new Account("x", null, null, List.of("p".repeat(n)), List.of(), null, null)),
                limit(
                        "online.links",
                        OverLimit.TOO_MANY,
                        Account.MAX_LINKS,
                        n -> new Account("x", null, null, List.of(), numbered("https://example.dk/", n), null, null)),
                limit(
                        "online.links[0]",
                        OverLimit.TOO_LONG,
                        Account.MAX_LINK_LENGTH,
                        n -> new Account(
                                "x",
                                null,
                                null,
                                List.of(),
                                List.of("https://example.dk/" + "a".repeat(n - 19)),
                                null,
                                null)),
                limit("subject.name", OverLimit.TOO_LONG, Subject.MAX_NAME, n -> Subject.group("x".repeat(n), null)),
                limit(
                        "subject.description",
                        OverLimit.TOO_LONG,
                        Subject.MAX_DESCRIPTION,
                        n -> Subject.group("x", "x".repeat(n))),
                limit(
                        "subject.address",
                        OverLimit.TOO_LONG,
                        Subject.MAX_ADDRESS,
                        n -> Subject.person("x", null, null, "x".repeat(n))),
                limit(
                        "reporter.name",
                        OverLimit.TOO_LONG,
                        Reporter.MAX_NAME,
                        n -> new Reporter(ReporterKind.CITIZEN, "x".repeat(n), null, null, null)),
                limit(
                        "reporter.organisation",
                        OverLimit.TOO_LONG,
                        Reporter.MAX_ORGANISATION,
                        n -> new Reporter(ReporterKind.CITIZEN, null, "x".repeat(n), null, null)),
                limit(
                        "reporter.email",
                        OverLimit.TOO_LONG,
                        Reporter.MAX_EMAIL,
                        n -> new Reporter(ReporterKind.CITIZEN, null, null, "x".repeat(n - 3) + "@x.", null)),
                limit(
                        "concernSigns",
                        OverLimit.TOO_MANY,
                        Report.MAX_CONCERN_SIGNS,
                        n -> new Report(
                                new Reporter(ReporterKind.CITIZEN, null, null, null, null),
                                Subject.group("x", null),
                                Account.of("x"),
                                false,
                                Collections.nCopies(n, ConcernSign.values()[0].code()))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("limits")
    void theMostIsKeptAndOneMoreIsRefusedNamingTheFieldTheCodeAndTheLimit(
            String field, String code, int max, IntFunction<Object> make) {
        assertThatCode(() -> make.apply(max)).doesNotThrowAnyException();
        assertThatThrownBy(() -> make.apply(max + 1)).isInstanceOfSatisfying(OverLimit.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.code()).isEqualTo(code);
            assertThat(refused.limit()).isEqualTo(max);
        });
    }

    private static Arguments limit(String field, String code, int max, IntFunction<Object> make) {
        return Arguments.of(field, code, max, make);
    }

    private static Account account(String whatHappened, @org.jspecify.annotations.Nullable String when) {
        return new Account(whatHappened, when, null, List.of(), List.of(), null, null);
    }

    private static List<String> numbered(String prefix, int count) {
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> prefix + i)
                .toList();
    }
}
