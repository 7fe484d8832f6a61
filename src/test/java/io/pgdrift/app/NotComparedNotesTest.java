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
            CREATE FUNCTION billing.nth() RETURNS bigint WINDOW LANGUAGE internal AS 'window_row_number';
            """;

    private static TestDatabase production;
    private static TestDatabase sameButWindowFunctions;
    private static TestDatabase staging;

    @BeforeAll
    static void databases() {
        PgServer server = PostgresServers.server(PostgresServers.lowest());
        production = server.createDatabase("notcmp_prod").execute(BASE);
        sameButWindowFunctions = server.createDatabase("notcmp_twin").execute(BASE + """
                CREATE FUNCTION billing.nth2() RETURNS bigint WINDOW LANGUAGE internal AS 'window_row_number';
                CREATE FUNCTION billing.nth3() RETURNS bigint WINDOW LANGUAGE internal AS 'window_row_number';
                """);
        staging = server.createDatabase("notcmp_staging").execute(BASE + """
                ALTER TABLE billing.invoice ADD COLUMN note text;
                """);
    }

    @Test
    void anIdenticalPairStillNamesWhatWasNotCompared() {
        CliRun run = CliRun.of("diff", "--from", production.uri(), "--to", sameButWindowFunctions.uri());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).containsExactly(
                "pgdrift: not compared: 1 window function in schema billing in production, 3 in staging");
    }

    @Test
    void theBriefAndTheJsonNameItToo() throws Exception {
        CliRun markdown = CliRun.of("diff", "--from", production.uri(), "--to", staging.uri(), "--format", "markdown");
        CliRun json = CliRun.of("diff", "--from", production.uri(), "--to", staging.uri(), "--format", "json");

        assertThat(markdown.exit()).as(markdown.toString()).isEqualTo(Main.EXIT_DRIFT);
        assertThat(markdown.out()).contains("### Not compared\n\n- 1 window function in schema billing on both sides\n"
                + "- owners (compareOwners is off)\n- names of partition indexes and keys attached to their parent's\n");
        List<String> notCompared = new ArrayList<>();
        new ObjectMapper().readTree(json.out()).path("context").path("notCompared")
                .forEach(line -> notCompared.add(line.asText()));
        assertThat(notCompared).containsExactly("1 window function in schema billing on both sides",
                "owners (compareOwners is off)", "names of partition indexes and keys attached to their parent's");
        assertThat(json.err()).isEqualTo("pgdrift: not compared: 1 window function in schema billing on both sides\n");
    }

    @Test
    void aSchemaLeftOutOfTheComparisonIsLeftOutOfTheNotesToo() {
        CliRun run = CliRun.of("diff", "--from", production.uri(), "--to", sameButWindowFunctions.uri(),
                "--schema", "public");

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.err()).isEmpty();
    }
}
