package io.pgdrift.app.job;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.app.config.PairConfig;
import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.diff.DiffOptions;
import io.pgdrift.diff.ObjectFilter;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.ServerInfo;
import io.pgdrift.model.Snapshot;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the job schedules its work, with snapshots served from memory so the test controls when each read ends
 * (the reads against real servers are covered by {@code RunCommandTest} and {@code NightByNightTest}).
 */
class NightlyJobTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T03:00:00Z"), ZoneOffset.UTC);
    private static final Snapshot EMPTY = new Snapshot(Snapshot.FORMAT_VERSION, new ServerInfo(170006, "17.6"), "app",
            CLOCK.instant(), List.of(new SchemaDef(ObjectKey.schema("public"), List.of(), null)), List.of());

    @TempDir
    Path dir;

    private static PairConfig pair(int i) {
        return new PairConfig("p" + i, DatabaseUrl.parse("postgresql://h/staging" + i),
                DatabaseUrl.parse("postgresql://h/production" + i), ObjectFilter.ALL, DiffOptions.DEFAULT, false);
    }

    @Test
    void bothSidesOfAPairAreReadAtOnceAndAtMostParallelismPairsRunTogether() {
        int pairs = 7;
        int parallelism = 3;
        int mostReads = 2 * parallelism;
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch boundReached = new CountDownLatch(mostReads);
        SnapshotSource source = url -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            boundReached.countDown();
            try {
                // every read waits until the first three pairs have both their reads going at once
                if (!boundReached.await(30, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("reads were not concurrent");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            return EMPTY;
        };
        StringWriter out = new StringWriter();

        JobResult result = new NightlyJob(source, new OutboxDesk(dir), false, CLOCK, parallelism)
                .run(IntStream.range(0, pairs).mapToObj(NightlyJobTest::pair).toList(), false, new PrintWriter(out));

        assertThat(result.ok()).as(out.toString()).isTrue();
        assertThat(most).hasValue(mostReads);
        assertThat(out.toString().lines()).containsExactly("p0: identical", "p1: identical", "p2: identical",
                "p3: identical", "p4: identical", "p5: identical", "p6: identical");
    }

    @Test
    void aPairThatBlowsUpDoesNotStopTheOthers() {
        SnapshotSource source = url -> {
            if (url.masked().endsWith("production1")) {
                throw new IllegalStateException("catalog reader bug");
            }
            return EMPTY;
        };
        TicketDesk broken = (pair, draft, dryRun) -> {
            throw new IllegalStateException("desk bug");
        };
        StringWriter out = new StringWriter();

        JobResult result = new NightlyJob(source, broken, true, CLOCK)
                .run(List.of(pair(0), pair(1), pair(2)), false, new PrintWriter(out));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(out.toString().lines()).containsExactly(
                "p0: identical, ticket failed — IllegalStateException: desk bug",
                "p1: production unreachable — IllegalStateException: catalog reader bug",
                "p2: identical, ticket failed — IllegalStateException: desk bug");
        assertThat(result.pairs()).extracting(PairResult::ok).containsOnly(false);
    }

    @Test
    void whenBothSidesFailTheLineSaysWhyForEach() {
        SnapshotSource source = url -> {
            throw new io.pgdrift.PgdriftException("cannot connect to " + url.masked() + ": connection refused");
        };
        StringWriter out = new StringWriter();

        JobResult result = new NightlyJob(source, new OutboxDesk(dir), false, CLOCK)
                .run(List.of(pair(7)), false, new PrintWriter(out));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(out.toString()).isEqualTo("p7: staging unreachable — cannot connect to postgresql://h/staging7: "
                + "connection refused; production unreachable — cannot connect to postgresql://h/production7: "
                + "connection refused\n");
    }
}
