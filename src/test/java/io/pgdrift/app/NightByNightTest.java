package io.pgdrift.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.catalog.CatalogReader;
import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.catalog.SnapshotFile;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import io.pgdrift.testing.linear.FakeLinear;
import io.pgdrift.testing.linear.FakeWorkspace;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pgdrift run} night after night against real PostgreSQL and the fake Linear: the drift appears, stays,
 * grows, shrinks and goes away, and the pair's one ticket follows it. The URLs carry a password and the key
 * comes from a file, so the same runs prove that neither reaches logs, briefs, tickets or snapshot files.
 */
class NightByNightTest {
    private static final String PASSWORD = "Night-Pa55word-7731";
    private static final String BASE = """
            CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint NOT NULL REFERENCES customers (id));
            """;

    @TempDir
    Path dir;

    private FakeLinear linear;
    private TestDatabase staging;
    private TestDatabase production;
    private Path config;
    private final List<String> everythingWritten = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        linear = FakeLinear.start();
        PgServer server = PostgresServers.server(PostgresServers.highest());
        staging = server.createDatabase("nights_staging").execute(BASE);
        production = server.createDatabase("nights_production").execute(BASE);
        config = dir.resolve("pgdrift.yaml");
        Files.writeString(config, """
                %s
                pairs:
                  - name: app
                    staging: %s
                    production: %s
                outbox: %s
                """.formatted(linear.yamlSection(dir), withPassword(staging), withPassword(production), dir.resolve("outbox")));
    }

    @AfterEach
    void tearDown() {
        linear.close();
    }

    /** The URL as a user would write it with a password (the test servers trust, so any password works). */
    private static String withPassword(TestDatabase db) {
        return "postgresql://postgres:" + PASSWORD + "@localhost:" + db.server().port() + "/" + db.name();
    }

    private String night(String... extraArgs) {
        List<String> args = new ArrayList<>(List.of("run", "--config", config.toString(), "--verbose"));
        args.addAll(List.of(extraArgs));
        CliRun result = CliRun.of(args.toArray(String[]::new));
        everythingWritten.add(result.out());
        everythingWritten.add(result.err());
        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out().lines()).as(result.out()).isNotEmpty();
        return result.out().lines().reduce((a, b) -> b).orElseThrow();
    }

    private FakeWorkspace.IssueView onlyIssue() {
        assertThat(linear.issues()).hasSize(1);
        return linear.issues().get(0);
    }

    @Test
    void theTicketFollowsTheDriftNightAfterNight() throws IOException {
        assertThat(night()).isEqualTo("app: identical");
        assertThat(linear.issues()).isEmpty();

        // night 1: staging runs a migration production has not
        staging.execute("CREATE TABLE shipments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));");
        assertThat(night()).matches("app: \\d+ changes?, ENG-\\d+ created");
        FakeWorkspace.IssueView ticket = onlyIssue();
        assertThat(ticket.description()).contains("shipments");
        assertThat(ticket.labelNames()).containsExactly("schema-drift");
        assertThat(ticket.projectName()).isEqualTo("migration-review");
        assertThat(ticket.title()).matches("Schema drift: app — \\d+ changes?");

        // night 2: nothing changed, so nothing is written
        int mutationsBefore = linear.mutationCount();
        assertThat(night()).matches("app: \\d+ changes?, " + ticket.identifier() + " unchanged");
        assertThat(linear.mutationCount()).isEqualTo(mutationsBefore);

        // night 3: the drift grows
        staging.execute("ALTER TABLE customers ADD COLUMN marketing_opt_in boolean NOT NULL DEFAULT false;");
        assertThat(night()).endsWith(ticket.identifier() + " updated");
        assertThat(onlyIssue().description()).contains("marketing_opt_in");
        assertThat(linear.comments(ticket.id())).anySatisfy(c -> assertThat(c.body()).contains("marketing_opt_in"));

        // night 4: production catches up on part of it
        production.execute("CREATE TABLE shipments (id bigint PRIMARY KEY, order_id bigint NOT NULL REFERENCES orders (id));");
        assertThat(night()).endsWith(ticket.identifier() + " updated");
        assertThat(onlyIssue().description()).doesNotContain("shipments").contains("marketing_opt_in");
        assertThat(linear.comments(ticket.id())).anySatisfy(c -> assertThat(c.body()).contains("shipments"));

        // night 5: the drift is gone; the ticket is completed
        production.execute("ALTER TABLE customers ADD COLUMN marketing_opt_in boolean NOT NULL DEFAULT false;");
        assertThat(night()).isEqualTo("app: identical, " + ticket.identifier() + " resolved");
        assertThat(onlyIssue().stateType()).isEqualTo("completed");

        assertThat(linear.rejected()).isEmpty();
        assertNoSecretIn(everythingWritten);
    }

    @Test
    void aDryRunPrintsTheBriefAndTheActionButCallsNoMutation() {
        staging.execute("CREATE TABLE shipments (id bigint PRIMARY KEY);");

        CliRun result = CliRun.of("run", "--config", config.toString(), "--dry-run");

        assertThat(result.exit()).as(result.err()).isZero();
        assertThat(result.out()).contains("shipments");
        assertThat(result.out().lines().reduce((a, b) -> b).orElseThrow()).matches("app: \\d+ changes?, would create a ticket");
        assertThat(linear.mutationCount()).isZero();
        assertThat(linear.issues()).isEmpty();
    }

    @Test
    void passwordsAndTheKeyNeverReachLogsBriefsTicketsOrSnapshotFiles() throws IOException {
        staging.execute("CREATE TABLE shipments (id bigint PRIMARY KEY);");
        night();
        CliRun json = CliRun.of("run", "--config", config.toString(), "--log-format", "json", "--verbose");
        everythingWritten.add(json.out());
        everythingWritten.add(json.err());
        // a run where Linear fails keeps the brief in the outbox
        linear.failAlways(null, io.pgdrift.testing.linear.Fault.GraphQLError.authentication());
        staging.execute("CREATE TABLE returns (id bigint PRIMARY KEY);");
        CliRun failing = CliRun.of("run", "--config", config.toString(), "--verbose");
        assertThat(failing.exit()).isEqualTo(1);
        assertThat(failing.out()).matches("(?s)app: \\d+ changes, ticket failed — Linear did not take the brief \\(.+\\); "
                + "it is kept in .*app-[0-9a-f]+\\.md\n");
        everythingWritten.add(failing.out());
        everythingWritten.add(failing.err());
        linear.clearFaults();

        for (FakeWorkspace.IssueView issue : linear.issues()) {
            everythingWritten.add(issue.title());
            everythingWritten.add(issue.description());
            linear.comments(issue.id()).forEach(c -> everythingWritten.add(c.body()));
            linear.attachments(issue.id()).forEach(a -> {
                everythingWritten.add(a.url() + a.title() + a.subtitle() + a.metadata());
                if (a.uploadedContent() != null) {
                    everythingWritten.add(new String(a.uploadedContent(), StandardCharsets.UTF_8));
                }
            });
        }
        try (Stream<Path> files = Files.walk(dir.resolve("outbox"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                everythingWritten.add(Files.readString(file));
            }
        }
        ByteArrayOutputStream snapshot = new ByteArrayOutputStream();
        SnapshotFile.write(new CatalogReader().read(DatabaseUrl.parse(withPassword(staging))), snapshot);
        everythingWritten.add(snapshot.toString(StandardCharsets.UTF_8));

        assertThat(String.join("\n", everythingWritten)).contains("shipments").contains("returns");
        assertNoSecretIn(everythingWritten);
    }

    private static void assertNoSecretIn(List<String> texts) {
        String all = String.join("\n", texts);
        assertThat(all).doesNotContain(PASSWORD).doesNotContain(FakeLinear.API_KEY)
                .doesNotContain(FakeLinear.API_KEY.substring("lin_api_".length()));
    }
}
