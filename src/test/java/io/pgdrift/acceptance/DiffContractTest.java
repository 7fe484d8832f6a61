package io.pgdrift.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.Psql;
import io.pgdrift.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 2 checked from outside: {@code pgdrift diff} over drift planted in every object kind (exit 2, exactly the
 * planted changes named in {@code --format json}); identical databases, the same DDL on the lowest and the highest
 * major and a CONNECT-only role (exit 0, nothing printed); snapshot files standing in for either side; an unreachable
 * database (exit 1, one short line, no password).
 */
class DiffContractTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = resource("acceptance/every-kind/base.sql");
    private static final String PLANTS = resource("acceptance/every-kind/plants.sql");

    /** Per major: the base schema, and the base schema with the plants. */
    private static final Map<Integer, TestDatabase[]> PAIRS = new HashMap<>();

    @TempDir
    Path dir;

    @BeforeAll
    static void databases() {
        for (int major : PostgresServers.ends()) {
            PgServer server = PostgresServers.server(major);
            TestDatabase base = Psql.load(server.createDatabase("contract_base"), BASE);
            TestDatabase planted = Psql.load(server.createDatabase("contract_planted"), BASE + "\n" + PLANTS);
            PAIRS.put(major, new TestDatabase[] {base, planted});
        }
    }

    static List<Integer> ends() {
        return PostgresServers.ends();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("ends")
    void jsonNamesEveryPlantedChange(int major) throws Exception {
        TestDatabase[] pair = PAIRS.get(major);
        Pgdrift run = Pgdrift.inProcess("diff", "--from", pair[0].uri(), "--to", pair[1].uri(), "--format", "json");

        assertThat(run.exit()).as("%s", run).isEqualTo(2);
        Set<String> reported = new java.util.HashSet<>();
        for (JsonNode change : JSON.readTree(run.out()).get("changes")) {
            reported.add(change.get("type").asText() + " " + change.get("kind").asText() + " "
                    + change.get("display").asText());
        }
        List<String> expected = expectations();
        assertThat(expected).hasSizeGreaterThanOrEqualTo(40);
        assertThat(new TreeSet<>(reported)).as("reported changes").isEqualTo(new TreeSet<>(expected));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("ends")
    void everyPlantedChangeMigratesBack(int major) throws Exception {
        PgServer server = PostgresServers.server(major);
        TestDatabase production = Psql.load(server.createDatabase("contract_apply"), BASE);
        TestDatabase staging = PAIRS.get(major)[1];
        Pgdrift sql = Pgdrift.inProcess("diff", "--from", production.uri(), "--to", staging.uri(), "--format", "sql");
        assertThat(sql.exit()).as("%s", sql).isEqualTo(2);
        Path script = dir.resolve("migration.sql");
        Files.writeString(script, sql.out(), StandardCharsets.UTF_8);

        Psql.Output applied = Psql.apply(production, script);
        assertThat(applied.exit()).as("%s\n--- script\n%s", applied.out(), sql.out()).isZero();
        Pgdrift after = Pgdrift.inProcess("diff", "--from", production.uri(), "--to", staging.uri(), "--format", "json");
        assertThat(after.exit()).as("%s", after).isZero();
        assertThat(after.out()).isEmpty();
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"sql", "markdown", "json"})
    void identicalDatabasesPrintNothing(String format) {
        PgServer server = PostgresServers.server(PostgresServers.lowest());
        TestDatabase twin = Psql.load(server.createDatabase("contract_twin"), BASE);
        Pgdrift run = Pgdrift.inProcess("diff", "--from", PAIRS.get(server.major())[0].uri(), "--to", twin.uri(),
                "--format", format);

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.out()).isEmpty();
    }

    /** Extensions ship other default versions per major, and GRANT ALL means MAINTAIN too from 17 on: no drift. */
    @Test
    void theSameDdlOnTheLowestAndTheHighestMajorIsNotDrift() {
        Pgdrift run = Pgdrift.inProcess("diff", "--from", PAIRS.get(PostgresServers.lowest())[0].uri(),
                "--to", PAIRS.get(PostgresServers.highest())[0].uri(), "--format", "json");

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aConnectOnlyRoleSeesWhatTheOwnerSees() {
        TestDatabase base = PAIRS.get(PostgresServers.highest())[0];
        base.execute("""
                DO $$ BEGIN
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'acceptance_monitor') THEN
                        CREATE ROLE acceptance_monitor LOGIN PASSWORD 'monitor-secret-pw';
                    END IF;
                END $$;
                REVOKE ALL ON DATABASE %s FROM PUBLIC;
                GRANT CONNECT ON DATABASE %s TO acceptance_monitor;
                """.formatted(base.name(), base.name()));
        String monitor = "postgresql://acceptance_monitor:monitor-secret-pw@localhost:" + base.server().port() + "/"
                + base.name();

        Pgdrift run = Pgdrift.inProcess("diff", "--from", base.uri(), "--to", monitor, "--format", "json");

        assertThat(run.exit()).as("%s", run).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).doesNotContain("monitor-secret-pw");
    }

    @Test
    void aSnapshotFileStandsInForEitherSide() throws Exception {
        TestDatabase[] pair = PAIRS.get(PostgresServers.lowest());
        Path production = dir.resolve("production.json");
        Path staging = dir.resolve("staging.json");
        assertThat(Pgdrift.inProcess("snapshot", "--db", pair[0].uri(), "--out", production.toString()).exit()).isZero();
        Pgdrift stagingSnapshot = Pgdrift.inProcess("snapshot", "--db", pair[1].uri());
        assertThat(stagingSnapshot.exit()).isZero();
        Files.writeString(staging, stagingSnapshot.out(), StandardCharsets.UTF_8);

        JsonNode direct = changes(Pgdrift.inProcess("diff", "--from", pair[0].uri(), "--to", pair[1].uri(), "--format", "json"));
        JsonNode fileFrom = changes(Pgdrift.inProcess("diff", "--from", production.toString(), "--to", pair[1].uri(), "--format", "json"));
        JsonNode fileTo = changes(Pgdrift.inProcess("diff", "--from", pair[0].uri(), "--to", staging.toString(), "--format", "json"));
        JsonNode files = changes(Pgdrift.inProcess("diff", "--from", production.toString(), "--to", staging.toString(), "--format", "json"));

        assertThat(direct.size()).isGreaterThan(40);
        assertThat(fileFrom).isEqualTo(direct);
        assertThat(fileTo).isEqualTo(direct);
        assertThat(files).isEqualTo(direct);
        Pgdrift same = Pgdrift.inProcess("diff", "--from", production.toString(), "--to", pair[0].uri());
        assertThat(same.exit()).as("%s", same).isZero();
        assertThat(same.out()).isEmpty();
    }

    /** As its own process: the exit status, an empty stdout and one stderr line without the password or a trace. */
    @Test
    void anUnreachableDatabaseIsOneShortLine() throws Exception {
        Path snapshot = dir.resolve("any.json");
        Files.writeString(snapshot, Pgdrift.inProcess("snapshot", "--db", PAIRS.get(PostgresServers.lowest())[0].uri()).out());
        for (String url : List.of("postgresql://deploy:s3cret-Pa55@127.0.0.1:1/app",
                "jdbc:postgresql://127.0.0.1:1/app?user=deploy&password=s3cret-Pa55",
                "postgresql://deploy:s3cret-Pa55@host.invalid:5432/app")) {
            Pgdrift run = Pgdrift.process(dir, List.of(), "diff", "--from", url, "--to", snapshot.toString(), "--format", "json");

            assertThat(run.exit()).as("%s", run).isEqualTo(1);
            assertThat(run.out()).isEmpty();
            assertThat(run.err().strip().lines()).as("%s", run).hasSize(1);
            assertThat(run.err()).contains("pgdrift").doesNotContain("s3cret-Pa55").doesNotContain("Exception")
                    .hasSizeLessThan(300);
        }
    }

    private static JsonNode changes(Pgdrift run) throws IOException {
        assertThat(run.exit()).as("%s", run).isEqualTo(2);
        return JSON.readTree(run.out()).get("changes");
    }

    /** "type kind display" for every "-- expect:" line of plants.sql; kind labels may hold spaces. */
    private static List<String> expectations() {
        List<String> labels = Arrays.stream(ObjectKind.values()).map(ObjectKind::label)
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<String> expected = new ArrayList<>();
        for (String line : PLANTS.split("\n")) {
            if (!line.startsWith("-- expect: ")) {
                continue;
            }
            String rest = line.substring("-- expect: ".length());
            String type = rest.substring(0, rest.indexOf(' '));
            String afterType = rest.substring(type.length() + 1);
            String kind = labels.stream().filter(l -> afterType.startsWith(l + " ")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no object kind in: " + line));
            expected.add(type + " " + kind + " " + afterType.substring(kind.length() + 1));
        }
        return expected.stream().distinct().collect(Collectors.toList());
    }

    private static String resource(String name) {
        try (InputStream in = DiffContractTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
