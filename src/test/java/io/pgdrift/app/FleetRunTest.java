package io.pgdrift.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.app.config.Config;
import io.pgdrift.app.config.ConfigLoader;
import io.pgdrift.app.job.Fleet;
import io.pgdrift.app.job.JobResult;
import io.pgdrift.app.job.NightlyJob;
import io.pgdrift.app.job.OutboxDesk;
import io.pgdrift.app.job.PairResult;
import io.pgdrift.app.job.SnapshotSource;
import io.pgdrift.catalog.CatalogReader;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} over a fleet: discovery across two real servers, shards that cover every pair once, and a
 * bounded number of pairs at a time.
 */
class FleetRunTest {
    private static final String TABLES = "CREATE TABLE accounts (id bigint PRIMARY KEY, email text NOT NULL);";
    private static final Pattern PAIR_LINE = Pattern.compile("^([A-Za-z0-9_.-]+): (identical|\\d+ changes?)\\b.*");

    private static PgServer staging;
    private static PgServer production;

    @TempDir
    Path dir;

    @BeforeAll
    static void servers() {
        int major = PostgresServers.highest();
        staging = PostgresServers.server(major);
        production = PostgresServers.second(major);
        for (String name : List.of("fleet_a", "fleet_b", "fleet_c", "fleet_skip")) {
            database(staging, name).execute(TABLES + (name.equals("fleet_b") ? "ALTER TABLE accounts ADD COLUMN plan text;" : ""));
            database(production, name).execute(TABLES);
        }
        database(staging, "fleet_s_only").execute(TABLES);
        database(production, "fleet_p_only").execute(TABLES);
    }

    /** A database with exactly this name (discovery pairs by name, so the fixture's unique suffix would not do). */
    private static TestDatabase database(PgServer server, String name) {
        new TestDatabase(server, "postgres").execute("CREATE DATABASE " + name);
        return new TestDatabase(server, name);
    }

    private static String url(PgServer server, String database) {
        return "postgresql://postgres@localhost:" + server.port() + "/" + database;
    }

    private static String discover(int productionPort) {
        return "discover:\n"
                + "  staging: '" + url(staging, "postgres") + "'\n"
                + "  production: 'postgresql://postgres@localhost:" + productionPort + "/postgres'\n"
                + "  databases: 'fleet_*'\n"
                + "  excludeDatabases: [fleet_skip]\n"
                + "  name: 't-{database}'\n"
                + "  defaults: {schemas: [public]}\n";
    }

    private Path config(String text) throws IOException {
        Path file = dir.resolve("pgdrift.yaml");
        Files.writeString(file, text + "outbox: '" + dir.resolve("outbox") + "'\n");
        return file;
    }

    private static String staticPairs(int count) {
        return "pairs:\n" + IntStream.rangeClosed(1, count).mapToObj(i -> "  - {name: static-" + i + ", staging: '"
                + url(staging, "fleet_a") + "', production: '" + url(production, "fleet_a") + "'}\n")
                .collect(Collectors.joining());
    }

    private static List<String> pairNames(String out) {
        List<String> names = new ArrayList<>();
        for (String line : out.lines().toList()) {
            Matcher m = PAIR_LINE.matcher(line);
            if (m.matches()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    @Test
    void discoveredDatabasesOnBothServersBecomePairsAndOneSidedOnesAreReported() throws IOException {
        Path config = config(staticPairs(1) + discover(production.port()));

        CliRun run = CliRun.of("run", "--config", config.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines).hasSize(6);
        assertThat(lines.subList(0, 2)).containsExactly("static-1: identical", "t-fleet_a: identical");
        assertThat(lines.get(2)).matches("t-fleet_b: 1 change, brief written to .*t-fleet_b-[0-9a-f]+\\.md");
        assertThat(lines.subList(3, 6)).containsExactly(
                "t-fleet_c: identical",
                "t-fleet_s_only: database \"fleet_s_only\" is only on staging (" + url(staging, "postgres") + "), not compared",
                "t-fleet_p_only: database \"fleet_p_only\" is only on production (" + url(production, "postgres")
                        + "), not compared");
        assertThat(run.err()).contains("WARN  t-fleet_s_only: database \"fleet_s_only\" is only on staging")
                .contains("WARN  t-fleet_p_only: database \"fleet_p_only\" is only on production")
                .doesNotContain("fleet_skip");
    }

    @Test
    void aConfiguredPairNamedLikeADiscoveredOneReplacesIt() throws IOException {
        Path config = config("pairs:\n  - {name: t-fleet_b, staging: '" + url(staging, "fleet_b") + "', production: '"
                + url(production, "fleet_b") + "', exclude: [public.accounts]}\n" + discover(production.port()));

        CliRun run = CliRun.of("run", "--config", config.toString());

        assertThat(run.exit()).as(run.toString()).isZero();
        assertThat(run.out().lines().filter(l -> l.startsWith("t-fleet_b:"))).containsExactly("t-fleet_b: identical");
        assertThat(pairNames(run.out())).containsExactly("t-fleet_b", "t-fleet_a", "t-fleet_c");
    }

    @Test
    void checkReadsEveryDiscoveredPairAndListsTheOneSidedDatabases() throws IOException {
        Path config = config(discover(production.port()));

        CliRun check = CliRun.of("check", "--config", config.toString());

        assertThat(check.exit()).as(check.toString()).isZero();
        assertThat(check.out()).contains("✓ configuration is valid (0 pairs, 1 discover entry)")
                .contains("✓ t-fleet_s_only: database \"fleet_s_only\" is only on staging")
                .contains("✓ t-fleet_b staging " + url(staging, "fleet_b") + ": PostgreSQL ")
                .contains("✓ t-fleet_c production " + url(production, "fleet_c") + ": PostgreSQL ")
                .doesNotContain("fleet_skip");
    }

    @Test
    void shardsOfARunCoverEveryPairExactlyOnce() throws IOException {
        Path config = config(staticPairs(9) + discover(production.port()));
        int shards = 3;

        List<String> ran = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (int k = 0; k < shards; k++) {
            CliRun run = CliRun.of("run", "--config", config.toString(), "--shard", k + "/" + shards, "--dry-run");
            assertThat(run.exit()).as(run.toString()).isZero();
            ran.addAll(pairNames(run.out()));
            run.out().lines().filter(l -> l.contains(" is only on ")).forEach(notes::add);
            run.err().lines().filter(l -> l.contains("WARN ") && l.contains(" is only on ")).forEach(warnings::add);
            assertThat(run.err()).contains("shard " + k + "/" + shards + ": ");
        }

        List<String> expected = new ArrayList<>(IntStream.rangeClosed(1, 9).mapToObj(i -> "static-" + i).toList());
        expected.addAll(List.of("t-fleet_a", "t-fleet_b", "t-fleet_c"));
        assertThat(ran).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(notes).hasSize(2);
        assertThat(warnings).hasSize(2);
    }

    @Test
    void aFleetRunsAtMostParallelismPairsAtOnceAndKeepsNoBriefs() throws IOException {
        int pairs = 24;
        StringBuilder yaml = new StringBuilder("parallelism: 3\npairs:\n");
        for (int i = 0; i < pairs; i++) {
            String db = List.of("fleet_a", "fleet_b", "fleet_c").get(i % 3);
            yaml.append("  - {name: p").append(i).append(", staging: '").append(url(staging, db))
                    .append("', production: '").append(url(production, db)).append("'}\n");
        }
        Config config = new ConfigLoader(Map.of()).load(config(yaml.toString()));
        int mostReads = 2 * config.parallelism();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch boundReached = new CountDownLatch(mostReads);
        CatalogReader reader = new CatalogReader();
        SnapshotSource counted = url -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                boundReached.countDown();
                // the first reads hold until three pairs read both sides at once: the bound is reached, not only kept
                if (!boundReached.await(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("fewer than " + mostReads + " reads ever ran at once");
                }
                return reader.read(url);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                inFlight.decrementAndGet();
            }
        };
        StringWriter out = new StringWriter();
        AtomicInteger briefsSeen = new AtomicInteger();

        JobResult result = new NightlyJob(counted, new OutboxDesk(config.outbox()), false, Clock.systemUTC(),
                config.parallelism()).run(Fleet.of(config.pairs()), true, new PrintWriter(out), r -> {
                    if (r instanceof PairResult.Checked c && !c.brief().isEmpty()) {
                        briefsSeen.incrementAndGet();
                    }
                });

        assertThat(result.ok()).as(out.toString()).isTrue();
        assertThat(most).hasValue(mostReads);
        assertThat(pairNames(out.toString())).containsExactlyElementsOf(IntStream.range(0, pairs).mapToObj(i -> "p" + i).toList());
        assertThat(briefsSeen).hasValue(pairs / 3);
        assertThat(out.toString().split("ALTER TABLE", -1)).hasSize(pairs / 3 + 1);
        assertThat(result.pairs()).allSatisfy(r -> assertThat(((PairResult.Checked) r).brief()).isEmpty());
    }

    @Test
    void anUnreachableServerFailsItsDiscoveryButNotTheConfiguredPairs() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Path config = config(staticPairs(1) + discover(closed));

        CliRun run = CliRun.of("run", "--config", config.toString());

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.out().lines().toList()).hasSize(2).first().isEqualTo("static-1: identical");
        assertThat(run.out().lines().toList().get(1)).startsWith("discover: databases could not be listed, no pair checked — "
                + "cannot connect to postgresql://postgres@localhost:" + closed + "/postgres: connection refused");
    }

    @Test
    void aShardMustExistAndExcludesPair() throws IOException {
        Path config = config(staticPairs(1));

        CliRun outOfRange = CliRun.of("run", "--config", config.toString(), "--shard", "3/3");
        assertThat(outOfRange.exit()).isEqualTo(1);
        assertThat(outOfRange.err()).contains("Invalid value for option '--shard'").contains("0 <= K < N");
        assertThat(outOfRange.out()).isEmpty();

        CliRun both = CliRun.of("run", "--config", config.toString(), "--shard", "0/2", "--pair", "static-1");
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.err()).contains("give --pair or --shard, not both");
    }
}
