package io.pgdrift.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import io.pgdrift.testing.linear.FakeLinear;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pgdrift check}: a checklist over real databases and the fake Linear, with a fix under each failure. */
class CheckCommandTest {
    private static FakeLinear linear;
    private static TestDatabase staging;
    private static TestDatabase production;
    private static PgServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        linear = FakeLinear.start();
        server = PostgresServers.server(PostgresServers.highest());
        staging = server.createDatabase("check_staging").execute("CREATE TABLE t (id int PRIMARY KEY);");
        production = server.createDatabase("check_production").execute("CREATE TABLE t (id int PRIMARY KEY);");
    }

    @AfterAll
    static void stop() {
        linear.close();
    }

    private Path config(String key, String productionUrl) throws IOException {
        Path file = dir.resolve("pgdrift.yaml");
        Files.writeString(file, """
                %s
                pairs:
                  - {name: app, staging: "%s", production: "%s"}
                schedule: {cron: "0 3 * * *"}
                """.formatted(linear.yamlSection(dir, key), staging.uri(), productionUrl));
        return file;
    }

    @Test
    void everythingReachableIsAllTicks() throws IOException {
        CliRun result = CliRun.of("check", "--config", config(FakeLinear.API_KEY, production.uri()).toString());

        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("✓ configuration is valid (1 pair, schedule \"0 3 * * *\" (UTC))")
                .contains("✓ app staging " + staging.uri() + ": PostgreSQL " + server.major())
                .contains("✓ app production ")
                .contains("✓ Linear key works")
                .contains("✓ Linear team ENG, project migration-review")
                .doesNotContain("✗")
                .endsWith("checks passed\n");
    }

    @Test
    void theProbeFilesReadsBackAndDeletesAThrowawayTicket() throws IOException {
        int before = linear.issues().size();

        CliRun result = CliRun.of("check", "--probe", "--config", config(FakeLinear.API_KEY, production.uri()).toString());

        assertThat(result.exit()).as(result.out() + result.err()).isZero();
        assertThat(result.out()).contains("✓ Linear probe: upload migration.sql")
                .contains("✓ Linear probe: create a ticket in team ENG")
                .contains("✓ Linear probe: attach migration.sql and the pair's identity")
                .contains("✓ Linear probe: a second create with the same id is refused as a conflict")
                .contains("✓ Linear probe: find the ticket by its identity attachment, metadata intact")
                .contains("✓ Linear probe: the footer line survives the description round trip")
                .contains("✓ Linear probe: the change list survives the description round trip")
                .contains("✓ Linear probe: migration.sql is attached with its upload URL")
                .contains("✓ Linear probe: delete the probe ticket")
                .doesNotContain("✗");
        assertThat(linear.issues()).hasSize(before + 1);
        assertThat(linear.issues().get(before).trashed()).isTrue();
        assertThat(linear.rejected()).isEmpty();
    }

    @Test
    void aProbeStepLinearRefusesIsACrossAndTheTicketIsStillDeleted() throws IOException {
        int before = linear.issues().size();
        linear.failNext("Attach", 1, io.pgdrift.testing.linear.Fault.GraphQLError.invalidInput("INVALID_INPUT",
                "url must be a URL address"));

        CliRun result = CliRun.of("check", "--probe", "--config", config(FakeLinear.API_KEY, production.uri()).toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("✗ Linear probe: attach migration.sql and the pair's identity (Linear: url must"
                + " be a URL address (INVALID_INPUT))").contains("✓ Linear probe: delete the probe ticket");
        assertThat(linear.issues().get(before).trashed()).isTrue();
    }

    @Test
    void anUnreachableDatabaseAndABadKeyAreCrossesWithFixes() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CliRun result = CliRun.of("check", "--config",
                config("lin_api_wrongKEY999", "postgresql://postgres@localhost:" + port + "/gone").toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("✓ app staging ")
                .containsPattern("✗ app production postgresql://postgres@localhost:" + port + "/gone: .+\n    fix: check host")
                .containsPattern("✗ Linear: .+\n    fix: check linear.apiKey")
                .contains("2 of ").contains(" checks failed")
                .doesNotContain("wrongKEY999");
    }

    @Test
    void anInvalidConfigurationListsEachProblemAsACross() throws IOException {
        Path file = dir.resolve("pgdrift.yaml");
        Files.writeString(file, "pairs:\n  - {name: app, staging: 'postgresql://a/x', production: 'postgresql://b/x', exlude: []}\n"
                + "schedule: {cron: 'never'}\n");

        CliRun result = CliRun.of("check", "--config", file.toString());

        assertThat(result.exit()).isEqualTo(1);
        assertThat(result.out()).contains("✗ configuration: pairs[0].exlude: unknown key (did you mean \"exclude\"?)")
                .contains("✗ configuration: schedule.cron: \"never\" is not a 5-field cron")
                .contains("    fix: edit the configuration at schedule.cron");
    }
}
