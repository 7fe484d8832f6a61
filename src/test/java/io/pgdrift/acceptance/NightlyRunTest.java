package io.pgdrift.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.Psql;
import io.pgdrift.testing.TestDatabase;
import io.pgdrift.testing.linear.FakeLinear;
import io.pgdrift.testing.linear.FakeWorkspace;
import io.pgdrift.testing.linear.Fault;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issues 4 and 5 checked from outside: {@code pgdrift run} with a {@code pgdrift.yaml} whose {@code linear.apiUrl}
 * points at the fake Linear (which rejects any operation that does not validate against Linear's schema), over
 * a drifting pair, an identical pair and an unreachable pair; then the nights after; faults; a bad config.
 */
class NightlyRunTest {
    private static final String SCHEMA = """
            CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
            CREATE TABLE orders (id bigint PRIMARY KEY, user_id bigint REFERENCES users);
            """;
    private static final String PASSWORD = "crm-Secret-42";

    @TempDir
    Path dir;

    private FakeLinear linear;
    private TestDatabase production;
    private TestDatabase staging;
    private Path config;

    @BeforeEach
    void setUp() throws Exception {
        linear = FakeLinear.start();
        PgServer server = PostgresServers.server(PostgresServers.lowest());
        production = server.createDatabase("night_prod").execute(SCHEMA);
        staging = server.createDatabase("night_staging").execute(SCHEMA + """
                ALTER TABLE users ADD COLUMN name text;
                CREATE INDEX orders_user ON orders (user_id);
                """);
        TestDatabase twinA = server.createDatabase("night_twin").execute(SCHEMA);
        TestDatabase twinB = server.createDatabase("night_twin").execute(SCHEMA);
        config = dir.resolve("pgdrift.yaml");
        Files.writeString(config, """
                %s
                pairs:
                  - name: app
                    staging: %s
                    production: %s
                  - name: billing
                    staging: %s
                    production: %s
                  - name: crm
                    staging: %s
                    production: postgresql://crm:%s@127.0.0.1:1/crm
                outbox: %s
                """.formatted(linear.yamlSection(dir), staging.uri(), production.uri(),
                twinA.uri(), twinB.uri(), twinA.uri(), PASSWORD, dir.resolve("outbox")), StandardCharsets.UTF_8);
    }

    @AfterEach
    void tearDown() {
        linear.close();
    }

    @Test
    void threePairsThreeLinesExitOneAndOneTicket() {
        Pgdrift night = Pgdrift.process(dir, List.of(), "run", "--config", config.toString());

        assertThat(night.exit()).as("%s", night).isEqualTo(1);
        List<String> lines = night.out().lines().toList();
        assertThat(lines).as("%s", night).hasSize(3);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("app: ").contains("2 changes").contains("ENG-1").contains("created"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("billing: ").contains("identical"));
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("crm: ").contains("unreachable"));
        assertThat(night.out() + night.err()).doesNotContain(PASSWORD).doesNotContain(FakeLinear.API_KEY);

        assertThat(linear.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.teamKey()).isEqualTo("ENG");
            assertThat(issue.projectName()).isEqualTo("migration-review");
            assertThat(issue.labelNames()).containsExactly("schema-drift");
            assertThat(issue.title()).contains("app").contains("2 changes");
            assertThat(issue.description()).contains("public.users.name").contains("pgdrift · pair app");
            assertThat(linear.attachments(issue.id())).anySatisfy(a -> {
                assertThat(a.title()).isEqualTo("migration.sql");
                assertThat(new String(a.uploadedContent(), StandardCharsets.UTF_8)).contains("ADD COLUMN name text");
            });
        });
        assertThat(linear.rejected()).isEmpty();
    }

    @Test
    void nightAfterNightOneTicketFollowsTheDrift() throws Exception {
        assertThat(app().out()).contains("ENG-1 created");
        int mutations = linear.mutationCount();

        Pgdrift unchanged = app();
        assertThat(unchanged.exit()).as("%s", unchanged).isZero();
        assertThat(unchanged.out()).contains("ENG-1 unchanged");
        assertThat(linear.mutationCount()).isEqualTo(mutations);

        staging.execute("CREATE TABLE audit (id bigint)");
        Pgdrift grew = app();
        assertThat(grew.out()).as("%s", grew).contains("ENG-1 updated");
        String issueId = linear.issues().get(0).id();
        assertThat(linear.comments(issueId)).anySatisfy(c -> assertThat(c.body()).contains("public.audit"));

        Pgdrift sql = Pgdrift.inProcess("diff", "--from", production.uri(), "--to", staging.uri());
        Path script = dir.resolve("fix.sql");
        Files.writeString(script, sql.out());
        assertThat(Psql.apply(production, script).exit()).isZero();
        Pgdrift gone = app();
        assertThat(gone.exit()).as("%s", gone).isZero();
        assertThat(gone.out()).contains("identical").contains("ENG-1 resolved");

        assertThat(linear.issues()).singleElement()
                .satisfies(issue -> assertThat(issue.stateType()).isEqualTo("completed"));
        assertThat(linear.comments(issueId)).hasSize(2);
        int settled = linear.mutationCount();
        assertThat(app().out()).contains("identical");
        assertThat(linear.mutationCount()).isEqualTo(settled);
        assertThat(linear.rejected()).isEmpty();
    }

    @Test
    void aTicketCompletedByHandIsFollowedByANewOneAndACanceledOneAcceptsTheDrift() {
        app();
        linear.workspace().moveIssue("ENG-1", "completed");

        Pgdrift again = app();

        assertThat(again.out()).as("%s", again).contains("ENG-2 created");
        assertThat(linear.issues()).extracting(FakeWorkspace.IssueView::stateType)
                .containsExactlyInAnyOrder("completed", "backlog");
        linear.workspace().moveIssue("ENG-2", "canceled");
        Pgdrift accepted = app();
        assertThat(accepted.out()).as("%s", accepted).contains("drift accepted in ENG-2");
        assertThat(linear.issues()).hasSize(2);
    }

    @Test
    void aLostCreateResponseDoesNotMakeASecondTicket() {
        linear.failNext("CreateIssue", 1, new Fault.LostResponse(true));

        Pgdrift night = app();

        assertThat(linear.issues()).as("%s", night).hasSize(1);
        assertThat(app().out()).contains("unchanged");
        assertThat(linear.issues()).hasSize(1);
    }

    @Test
    void aMalformedConfigIsRefusedWithItsKeyPath() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, Files.readString(config).replace(" team: ENG", " teem: ENG")
                .replace("    production: postgresql://crm:", "    production: mysql://crm:"));

        Pgdrift run = Pgdrift.inProcess("run", "--config", bad.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("linear.teem").contains("pairs[2].production").doesNotContain(PASSWORD);
        assertThat(linear.operations()).isEmpty();
    }

    private Pgdrift app() {
        return Pgdrift.inProcess("run", "--config", config.toString(), "--pair", "app");
    }
}
