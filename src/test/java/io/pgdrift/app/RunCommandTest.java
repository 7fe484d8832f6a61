package io.pgdrift.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pgdrift run} over real databases, briefs to a local outbox (no {@code linear} section). */
class RunCommandTest {
    private static final String TABLES = """
            CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customers (id));
            """;

    private static TestDatabase appStaging;
    private static TestDatabase appProduction;
    private static TestDatabase billingStaging;
    private static TestDatabase billingProduction;
    private static TestDatabase emptyProduction;

    @TempDir
    Path dir;

    @BeforeAll
    static void databases() {
        PgServer server = PostgresServers.server(PostgresServers.highest());
        appStaging = server.createDatabase("run_app_staging").execute(TABLES
                + "CREATE INDEX orders_customer_idx ON orders (customer_id);"
                + "ALTER TABLE customers ADD COLUMN marketing_opt_in boolean NOT NULL DEFAULT false;");
        appProduction = server.createDatabase("run_app_production").execute(TABLES);
        billingStaging = server.createDatabase("run_billing_staging").execute(TABLES);
        billingProduction = server.createDatabase("run_billing_production").execute(TABLES);
        emptyProduction = server.createDatabase("run_empty_production");
    }

    /** A port on which nothing listens (it was free a moment ago). */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private Path config(String pairs) throws IOException {
        Path file = dir.resolve("pgdrift.yaml");
        Files.writeString(file, "pairs:\n" + pairs + "outbox: " + dir.resolve("outbox") + "\n");
        return file;
    }

    private static String pair(String name, String staging, String production, String extra) {
        return "  - {name: " + name + ", staging: '" + staging + "', production: '" + production + "'" + extra + "}\n";
    }

    @Test
    void driftingIdenticalAndUnreachablePairsGetALineEachAndExitOne() throws IOException {
        int port = closedPort();
        Path config = config(pair("app", appStaging.uri(), appProduction.uri(), "")
                + pair("billing", billingStaging.uri(), billingProduction.uri(), "")
                + pair("crm", billingStaging.uri(), "postgresql://postgres@localhost:" + port + "/crm", ""));

        CliRun result = CliRun.of("run", "--config", config.toString());

        assertThat(result.exit()).isEqualTo(1);
        var lines = result.out().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).matches("app: 2 changes, brief written to .*app-[0-9a-f]+\\.md");
        assertThat(lines.get(1)).isEqualTo("billing: identical");
        assertThat(lines.get(2)).startsWith("crm: production unreachable — ").contains(String.valueOf(port));
        assertThat(lines.get(2).lines()).hasSize(1);
        try (var files = Files.list(dir.resolve("outbox"))) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.startsWith(".")))
                    .hasSize(3).allMatch(n -> n.startsWith("app-")).anyMatch(n -> n.endsWith(".json"));
        }
        assertThat(result.err()).contains("INFO ").contains("crm: production could not be read");
    }

    @Test
    void everyPairReportedExitsZeroAndPairSelectsOne() throws IOException {
        Path config = config(pair("app", appStaging.uri(), appProduction.uri(), "")
                + pair("billing", billingStaging.uri(), billingProduction.uri(), ""));

        CliRun both = CliRun.of("run", "--config", config.toString());
        assertThat(both.exit()).isZero();
        assertThat(both.out().lines()).hasSize(2);

        CliRun one = CliRun.of("run", "--config", config.toString(), "--pair", "billing");
        assertThat(one.exit()).isZero();
        assertThat(one.out()).isEqualTo("billing: identical\n");

        CliRun unknown = CliRun.of("run", "--config", config.toString(), "--pair", "nope");
        assertThat(unknown.exit()).isEqualTo(1);
        assertThat(unknown.err()).contains("no pair named \"nope\"").contains("app, billing");
    }

    @Test
    void anEmptyProductionBesideAPopulatedStagingIsSuspiciousAndFilesNothing() throws IOException {
        Path config = config(pair("fresh", appStaging.uri(), emptyProduction.uri(), ""));

        CliRun result = CliRun.of("run", "--config", config.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).startsWith("fresh: suspicious comparison — production holds no tables, views or functions")
                .contains("allowEmpty: true");
        assertThat(dir.resolve("outbox")).doesNotExist();

        CliRun allowed = CliRun.of("run", "--config", config(pair("fresh", appStaging.uri(), emptyProduction.uri(),
                ", allowEmpty: true")).toString());
        assertThat(allowed.exit()).isZero();
        assertThat(allowed.out()).startsWith("fresh: ").contains(" changes, brief written to ");
    }

    @Test
    void dryRunPrintsTheBriefAndWritesNothing() throws IOException {
        Path config = config(pair("app", appStaging.uri(), appProduction.uri(), ""));

        CliRun result = CliRun.of("run", "--config", config.toString(), "--dry-run");

        assertThat(result.exit()).isZero();
        assertThat(result.out()).contains("marketing_opt_in").contains("orders_customer_idx");
        assertThat(result.out().lines().reduce((a, b) -> b).orElseThrow()).startsWith("app: 2 changes, would write ");
        assertThat(dir.resolve("outbox")).doesNotExist();
    }

    @Test
    void aMalformedConfigIsRefusedWithItsKeyPathBeforeAnythingRuns() throws IOException {
        Path config = config(pair("app", appStaging.uri(), appProduction.uri(), ", exlude: [x]"));

        CliRun result = CliRun.of("run", "--config", config.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("pairs[0].exlude: unknown key (did you mean \"exclude\"?)")
                .doesNotContain("reading staging");
    }
}
