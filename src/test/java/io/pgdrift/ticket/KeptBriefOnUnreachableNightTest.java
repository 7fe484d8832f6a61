package io.pgdrift.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.PgdriftException;
import io.pgdrift.app.config.PairConfig;
import io.pgdrift.app.job.JobResult;
import io.pgdrift.app.job.NightlyJob;
import io.pgdrift.app.job.SnapshotSource;
import io.pgdrift.app.job.TicketDesk;
import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.diff.DiffOptions;
import io.pgdrift.diff.ObjectFilter;
import io.pgdrift.testing.linear.Fault;
import io.pgdrift.ticket.TicketOutcome.Action;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Night one Linear is down, so the brief stays in the outbox; night two a database is down, so there is nothing to
 * compare: the job still files the kept brief (the real ticket protocol against the fake Linear), and the pair's
 * line still says why it was not compared.
 */
class KeptBriefOnUnreachableNightTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T03:00:00Z"), ZoneOffset.UTC);
    private static final PairConfig APP = new PairConfig("app", DatabaseUrl.parse("postgresql://h/staging"),
            DatabaseUrl.parse("postgresql://h/production"), ObjectFilter.ALL, DiffOptions.DEFAULT, false);
    private static final SnapshotSource UNREACHABLE = url -> {
        throw new PgdriftException("cannot connect to " + url.masked() + ": connection refused");
    };

    @TempDir
    Path outboxDir;
    SyncFixture fx;

    @BeforeEach
    void start() {
        fx = new SyncFixture(outboxDir);
    }

    @AfterEach
    void stop() {
        assertThat(fx.linear.rejected()).as("operations Linear's schema rejects").isEmpty();
        fx.close();
    }

    private JobResult night(boolean dryRun, StringWriter out) {
        return new NightlyJob(UNREACHABLE, TicketDesk.linear(fx.run()), true, CLOCK, 1)
                .run(List.of(APP), dryRun, new PrintWriter(out));
    }

    private long outboxFiles() throws Exception {
        try (Stream<Path> list = Files.list(outboxDir)) {
            return list.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theBriefLinearRefusedIsFiledOnANightTheDatabaseIsDown() throws Exception {
        fx.linear.failAlways(null, new Fault.ServerError(503));
        TicketDraft kept = SyncFixture.draft("app", OutboxDrainTest.NIGHT1);
        assertThat(fx.run().sync("app", kept, false).action()).isEqualTo(Action.KEPT_IN_OUTBOX);
        fx.linear.clearFaults();
        StringWriter dry = new StringWriter();

        night(true, dry);

        assertThat(fx.linear.issues()).as("a dry run files nothing").isEmpty();
        assertThat(outboxFiles()).isPositive();
        StringWriter out = new StringWriter();

        JobResult result = night(false, out);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(out.toString()).startsWith("app: staging unreachable").contains("production unreachable");
        assertThat(fx.linear.issues()).singleElement().satisfies(issue ->
                assertThat(issue.description()).endsWith("fingerprint " + kept.fingerprint()));
        assertThat(outboxFiles()).as("the pair's files leave the outbox once Linear has them").isZero();
    }
}
