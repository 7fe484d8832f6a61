package io.pgdrift.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 9, "never silent": what either side holds of a kind pgdrift does not compare is named on diff's stderr
 * (also when the pair is otherwise identical), in the Markdown brief and in the JSON report.
 */
class NotComparedNotesTest {

    private static final String BASE = """
            CREATE SCHEMA billing;
            CREATE TABLE billing.invoice (id integer PRIMARY KEY, amount integer);
            CREATE FOREIGN DATA WRAPPER notcmp_fdw;
            CREATE SERVER notcmp_server FOREIGN DATA WRAPPER notcmp_fdw;
            """;
    /** A foreign table whose generated columns are counted, not compared: one here, three in the twin. */
    private static final String ONE_GENERATED = """
            CREATE FOREIGN TABLE billing.remote (a integer, b integer GENERATED ALWAYS AS (a * 2) STORED, c integer,
                d integer) SERVER notcmp_server;
            """;

    private static TestDatabase production;
    private static TestDatabase sameButGeneratedColumns;
    private static TestDatabase staging;

    @BeforeAll
    static void databases() {
        PgServer server = PostgresServers.server(PostgresServers.lowest());
        production = server.createDatabase("notcmp_prod").execute(BASE + ONE_GENERATED);
        sameButGeneratedColumns = server.createDatabase("notcmp_twin").execute(BASE + """
                CREATE FOREIGN TABLE billing.remote (a integer, b integer GENERATED ALWAYS AS (a * 2) STORED,
                    c integer GENERATED ALWAYS AS (a * 3) STORED, d integer GENERATED ALWAYS AS (a * 4) STORED)
                    SERVER notcmp_server;
                """);
        staging = server.createDatabase("notcmp_staging").execute(BASE + ONE_GENERATED + """
                ALTER TABLE billing.invoice ADD COLUMN note text;
                """);
    }

    @Test
    void anIdenticalPairStillNamesWhatWasNotCompared() {
        CliRun run = CliRun.of("diff", "--from", production.uri(), "--to", sameButGeneratedColumns.uri());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "pgdrift: not compared: 1 generated column of a foreign table in schema billing in production, 3 in staging");
    }

    @Test
    void theBriefAndTheJsonNameItToo() throws Exception {
        CliRun markdown = CliRun.of("diff", "--from", production.uri(), "--to", staging.uri(), "--format", "markdown");
        CliRun json = CliRun.of("diff", "--from", production.uri(), "--to", staging.uri(), "--format", "json");

        assertThat(markdown.exit()).as(markdown.toString()).isEqualTo(Main.EXIT_DRIFT);
        assertThat(markdown.out()).contains("### Not compared\n\n- 1 generated column of a foreign table in schema billing on both sides\n"
                + "- owners (compareOwners is off)\n- names of partition indexes and keys attached to their parent's\n");
        List<String> notCompared = new ArrayList<>();
        new ObjectMapper().readTree(json.out()).path("context").path("notCompared")
                .forEach(line -> notCompared.add(line.asText()));
        assertThat(notCompared).containsExactly("1 generated column of a foreign table in schema billing on both sides",
                "owners (compareOwners is off)", "names of partition indexes and keys attached to their parent's");
        assertThat(json.err()).isEqualTo("pgdrift: not compared: 1 generated column of a foreign table in schema billing on both sides\n");
    }

    @Test
    void aSchemaLeftOutOfTheComparisonIsLeftOutOfTheNotesToo() {
        CliRun run = CliRun.of("diff", "--from", production.uri(), "--to", sameButGeneratedColumns.uri(),
                "--schema", "public");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
    }
}
