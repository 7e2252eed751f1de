package dk.infohus.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Who may call which endpoint, as one table per service ({@code src/test/resources/access-matrix.csv}):
 * a row per endpoint ({@code METHOD /api/path/{variable}}), a column per kind of caller, the status each
 * gets. The test checks every cell against the running service, and checks that every API endpoint the
 * service has is in the table, so an endpoint added without a row fails the build.
 *
 * <p>Callers: a citizen (no token), and tokens of Herning (657) staff in every role, plus a municipal
 * coordinator of Holstebro (661) for the rule that no role reads across municipalities. The caseworker
 * and the Infohus member belong to {@link #DEPARTMENT}.
 */
public final class AccessMatrix {

    /** The department of the caseworker and the Infohus member; fixtures refer cases to it. */
    public static final String DEPARTMENT = "boern-og-forebyggelse";

    /** A kind of caller: a column of the table. */
    public enum Who {
        CITIZEN("citizen"),
        REPORTER("reporter"),
        POLICE_COORDINATOR("police-coordinator"),
        MUNICIPAL_COORDINATOR("municipal-coordinator"),
        OTHER_MUNICIPALITY("other-municipality"),
        INFOHUS_MEMBER("infohus-member"),
        DEPARTMENT_CASEWORKER("department-caseworker"),
        NETWORK_MEMBER("network-member"),
        ADMINISTRATOR("administrator"),
        POLICE_SYSTEM("police-system");

        private final String column;

        Who(String column) {
            this.column = column;
        }

        public String column() {
            return column;
        }

        /** A fresh token for this caller; none for a citizen. */
        public String token() {
            return switch (this) {
                case CITIZEN -> "";
                case REPORTER -> TestTokens.reporter();
                case POLICE_COORDINATOR -> TestTokens.policeCoordinator();
                case MUNICIPAL_COORDINATOR -> TestTokens.municipalCoordinator();
                case OTHER_MUNICIPALITY -> TestTokens.municipalCoordinatorOf(TestTokens.HOLSTEBRO);
                case INFOHUS_MEMBER -> TestTokens.infohusMember(DEPARTMENT);
                case DEPARTMENT_CASEWORKER -> TestTokens.departmentCaseworker(DEPARTMENT);
                case NETWORK_MEMBER -> TestTokens.networkMember();
                case ADMINISTRATOR -> TestTokens.administrator();
                case POLICE_SYSTEM -> TestTokens.policeSystem();
            };
        }

        /** The user id in this caller's token. */
        public String userId() {
            return switch (this) {
                case CITIZEN -> "anonymous";
                case REPORTER -> "lene";
                case POLICE_COORDINATOR -> "torben";
                case MUNICIPAL_COORDINATOR -> "lise";
                case OTHER_MUNICIPALITY -> "holger";
                case INFOHUS_MEMBER -> "mette";
                case DEPARTMENT_CASEWORKER -> "jens";
                case NETWORK_MEMBER -> "nina";
                case ADMINISTRATOR -> "admin";
                case POLICE_SYSTEM -> "police-system";
            };
        }
    }

    /** One endpoint and the status each kind of caller gets from it. */
    public record Row(String method, String path, Map<Who, Integer> expected) {

        /** {@code GET /api/concerns/{concernId}}: how the row names its endpoint. */
        public String endpoint() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return endpoint();
        }
    }

    private AccessMatrix() {}

    /** Reads {@code access-matrix.csv} from the test class path. */
    public static List<Row> read() {
        return read("/access-matrix.csv");
    }

    public static List<Row> read(String resource) {
        InputStream in = AccessMatrix.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("no " + resource + " on the test class path");
        }
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<String> lines = reader.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .toList();
            List<String> header = split(lines.get(0));
            List<Who> columns = new ArrayList<>();
            for (String column : header.subList(2, header.size())) {
                columns.add(Arrays.stream(Who.values())
                        .filter(who -> who.column().equals(column))
                        .findFirst()
                        .orElseThrow(() -> new IllegalStateException("unknown column " + column)));
            }
            assertThat(columns).as("every kind of caller has a column").containsExactlyInAnyOrder(Who.values());
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                List<String> cells = split(line);
                Map<Who, Integer> expected = new EnumMap<>(Who.class);
                for (int i = 0; i < columns.size(); i++) {
                    expected.put(columns.get(i), Integer.parseInt(cells.get(i + 2)));
                }
                rows.add(new Row(cells.get(0), cells.get(1), expected));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every {@code METHOD /api/...} endpoint of the running service. */
    public static Set<String> endpointsOf(RequestMappingHandlerMapping mapping) {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                if (!pattern.startsWith("/api/")) {
                    continue;
                }
                var methods = info.getMethodsCondition().getMethods();
                if (methods.isEmpty()) {
                    endpoints.add("ANY " + pattern);
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    /** Fails unless the table has exactly one row for every endpoint and none for an endpoint that is gone. */
    public static void assertCovers(List<Row> rows, Collection<String> endpoints) {
        List<String> rowEndpoints = rows.stream().map(Row::endpoint).toList();
        assertThat(rowEndpoints).as("each endpoint has one row").doesNotHaveDuplicates();
        assertThat(new TreeSet<>(rowEndpoints))
                .as("access-matrix.csv must have a row for every API endpoint, and only for those")
                .isEqualTo(new TreeSet<>(endpoints));
    }

    /** Every cell of the table, as arguments (row, who, expected status) for a parameterized test. */
    public static Stream<Arguments> cells(List<Row> rows) {
        return rows.stream()
                .flatMap(row -> row.expected().entrySet().stream()
                        .map(cell -> Arguments.of(row, cell.getKey(), cell.getValue())));
    }

    private static List<String> split(String line) {
        return Arrays.stream(line.split(",")).map(String::strip).collect(Collectors.toList());
    }
}
