package io.pgdrift.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code pgdrift diff} end to end: real databases, snapshot files, exit codes, what goes to stdout and stderr. */
class DiffCommandTest {

    private static final String BASE = """
            CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
            CREATE TABLE flyway_schema_history (version text PRIMARY KEY);
            """;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static PgServer server;
    /** Same schema as {@link #production}. */
    private static TestDatabase twin;
    private static TestDatabase production;
    /** Production plus a table, a column and a change to the history table. */
    private static TestDatabase staging;

    @TempDir
    Path dir;

    @BeforeAll
    static void databases() {
        server = PostgresServers.server(PostgresServers.lowest());
        production = server.createDatabase("diffcli_prod").execute(BASE);
        twin = server.createDatabase("diffcli_twin").execute(BASE);
        staging = server.createDatabase("diffcli_staging").execute(BASE + """
                CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);
                ALTER TABLE users ADD COLUMN name text;
                ALTER TABLE flyway_schema_history ADD COLUMN checksum integer;
                """);
    }

    @ParameterizedTest(name = "--format {0}")
    @ValueSource(strings = {"sql", "markdown", "json"})
    void identicalSchemasPrintNothingAndExitZero(String format) {
        CliRun run = CliRun.of("diff", "--from", production.uri(), "--to", twin.uri(), "--format", format);

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void driftPrintsTheMigrationAndExitsTwo() {
        CliRun run = CliRun.of("diff", "--from", production.uri(), "--to", staging.uri());

        assertThat(run.exit()).as(run.toString()).isEqualTo(Main.EXIT_DRIFT);
        assertThat(run.out()).startsWith("-- pgdrift migration · pair adhoc · fingerprint ")
                .contains("CREATE TABLE").contains("orders").contains("ADD COLUMN");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void jsonNamesEveryChange() throws Exception {
        CliRun run = CliRun.of("diff", "--from", production.uri(), "--to", staging.uri(), "--format", "json");

        assertThat(run.exit()).as(run.toString()).isEqualTo(Main.EXIT_DRIFT);
        JsonNode report = JSON.readTree(run.out());
        assertThat(report.get("context").get("from").get("label").asText()).isEqualTo(production.uri());
        assertThat(report.get("changes").findValuesAsText("display"))
                .contains("public.orders", "public.users.name", "public.flyway_schema_history.checksum");
    }

    @Test
    void markdownCarriesThePairName() {
        CliRun run = CliRun.of("diff", "--from", production.uri(), "--to", staging.uri(), "--format", "markdown",
                "--pair-name", "billing");

        assertThat(run.exit()).as(run.toString()).isEqualTo(Main.EXIT_DRIFT);
        assertThat(run.out()).startsWith("**Schema drift** in pair billing:")
                .containsPattern("\npgdrift · pair billing · fingerprint [0-9a-f]{12}\n$");
    }

    @Test
    void excludedObjectsAreLeftOut() throws Exception {
        CliRun run = CliRun.of("diff", "--from", production.uri(), "--to", staging.uri(), "--format", "json",
                "--exclude", "public.flyway_*", "--exclude", "public.orders");

        assertThat(run.exit()).as(run.toString()).isEqualTo(Main.EXIT_DRIFT);
        assertThat(JSON.readTree(run.out()).get("changes").findValuesAsText("display"))
                .containsExactly("public.users.name");
    }

    @Test
    void aSchemaListWithoutTheDriftIsIdentical() {
        CliRun run = CliRun.of("diff", "--from", production.uri(), "--to", staging.uri(), "--schema", "audit");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
    }

    @Test
    void snapshotFilesStandInForEitherSide() throws Exception {
        Path productionFile = dir.resolve("production.json");
        Path stagingFile = dir.resolve("staging.json");
        assertThat(CliRun.of("snapshot", "--db", production.uri(), "--out", productionFile.toString()).exit()).isZero();
        assertThat(CliRun.of("snapshot", "--db", staging.uri(), "--out", stagingFile.toString()).exit()).isZero();

        CliRun live = CliRun.of("diff", "--from", production.uri(), "--to", staging.uri(), "--format", "json");
        CliRun fromFile = CliRun.of("diff", "--from", productionFile.toString(), "--to", staging.uri(),
                "--format", "json");
        CliRun toFile = CliRun.of("diff", "--from", production.uri(), "--to", stagingFile.toString(),
                "--format", "json");
        CliRun files = CliRun.of("diff", "--from", productionFile.toString(), "--to", stagingFile.toString(),
                "--format", "json");

        for (CliRun run : new CliRun[] {fromFile, toFile, files}) {
            assertThat(run.exit()).as(run.toString()).isEqualTo(Main.EXIT_DRIFT);
            JsonNode report = JSON.readTree(run.out());
            assertThat(report.get("changes")).isEqualTo(JSON.readTree(live.out()).get("changes"));
            assertThat(report.get("fingerprint")).isEqualTo(JSON.readTree(live.out()).get("fingerprint"));
        }
        assertThat(JSON.readTree(files.out()).get("context").get("from").get("label").asText())
                .isEqualTo("production.json");
        assertThat(CliRun.of("diff", "--from", productionFile.toString(), "--to", twin.uri()).exit()).isZero();
    }

    @Test
    void theScriptAppliedWithPsqlLeavesNoDrift() throws Exception {
        TestDatabase target = server.createDatabase("diffcli_apply").execute(BASE);
        CliRun run = CliRun.of("diff", "--from", target.uri(), "--to", staging.uri());
        Path script = dir.resolve("migration.sql");
        Files.writeString(script, run.out());

        Process psql = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-f", script.toString(),
                target.uri()).redirectErrorStream(true).start();
        String output = new String(psql.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(psql.waitFor()).as(output).isZero();
        CliRun after = CliRun.of("diff", "--from", target.uri(), "--to", staging.uri());
        assertThat(after.exit()).as(after.toString()).isZero();
        assertThat(after.out()).isEmpty();
    }

    @Test
    void twoServersAreReadTogether() {
        TestDatabase other = PostgresServers.server(PostgresServers.highest()).createDatabase("diffcli_other")
                .execute(BASE);

        CliRun run = CliRun.of("diff", "--from", production.uri(), "--to", other.uri(), "--verbose");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("DEBUG reading " + production.uri())
                .contains("DEBUG reading " + other.uri()).contains("DEBUG 0 changes");
    }

    @Test
    void anEmptyProductionIsPrintedWithAWarning() {
        TestDatabase empty = server.createDatabase("diffcli_empty");

        CliRun run = CliRun.of("diff", "--from", empty.uri(), "--to", staging.uri());

        assertThat(run.exit()).as(run.toString()).isEqualTo(Main.EXIT_DRIFT);
        assertThat(run.out()).contains("CREATE TABLE");
        assertThat(run.err().lines()).singleElement().asString()
                .contains("WARN  production " + empty.uri() + " holds no tables, views or functions");
    }

    @Test
    void anUnreadableFileIsOneLineOnStderr() {
        CliRun run = CliRun.of("diff", "--from", dir.resolve("missing.json").toString(), "--to", twin.uri());

        assertThat(run.exit()).isEqualTo(Main.EXIT_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1).allMatch(line -> line.startsWith("pgdrift: ")
                && line.contains("missing.json"));
    }

    @Test
    void aFileThatIsNotASnapshotIsRefused() throws Exception {
        Path notes = Files.writeString(dir.resolve("notes.json"), "{\"hello\": 1}");

        CliRun run = CliRun.of("diff", "--from", notes.toString(), "--to", twin.uri());

        assertThat(run.exit()).isEqualTo(Main.EXIT_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1).allMatch(line -> line.contains("notes.json"));
    }

    @Test
    void anUnreachableDatabaseNamesItWithoutThePassword() {
        String url = "postgresql://app:s3cret-pw@127.0.0.1:1/app";

        CliRun run = CliRun.of("diff", "--from", url, "--to", twin.uri());

        assertThat(run.exit()).isEqualTo(Main.EXIT_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).startsWith("pgdrift: ").contains("127.0.0.1").doesNotContain("s3cret-pw");
    }

    @Test
    void verboseAddsTheStackTraceButNotThePassword() {
        CliRun run = CliRun.of("diff", "--from", "postgresql://app:s3cret-pw@127.0.0.1:1/app", "--to", twin.uri(),
                "--verbose");

        assertThat(run.exit()).isEqualTo(Main.EXIT_ERROR);
        assertThat(run.err().lines().count()).isGreaterThan(2);
        assertThat(run.err()).contains("\tat ").doesNotContain("s3cret-pw");
    }

    @Test
    void usageErrorsExitOne() {
        assertThat(CliRun.of("diff", "--to", twin.uri()).exit()).isEqualTo(Main.EXIT_ERROR);
        assertThat(CliRun.of("diff", "--from", twin.uri(), "--to", twin.uri(), "--format", "yaml").exit())
                .isEqualTo(Main.EXIT_ERROR);

        CliRun emptyPattern = CliRun.of("diff", "--from", twin.uri(), "--to", twin.uri(), "--exclude", "");
        assertThat(emptyPattern.exit()).isEqualTo(Main.EXIT_ERROR);
        assertThat(emptyPattern.err()).isEqualTo("pgdrift: exclude pattern '' is empty: give a qualified name or glob "
                + "such as public.flyway_schema_history or audit.*_tmp\n");
    }
}
