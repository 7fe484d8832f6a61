package io.pgdrift.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.testing.linear.Fault;
import io.pgdrift.ticket.TicketOutcome.Action;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Briefs kept while Linear was down reach Linear on a later run, newest first, and leave the outbox. */
class OutboxDrainTest {
    static final List<String> NIGHT1 = List.of("+ table public.orders");
    static final List<String> NIGHT2 = List.of("+ table public.orders", "+ index public.orders.orders_day_idx");

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

    private List<String> files() throws Exception {
        try (Stream<Path> list = Files.list(outboxDir)) {
            return list.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theNewestKeptBriefIsDeliveredAndThePairsFilesRemoved() throws Exception {
        fx.linear.failAlways(null, new Fault.ServerError(503));
        TicketDraft first = SyncFixture.draft("app", NIGHT1);
        TicketDraft second = SyncFixture.draft("app", NIGHT2);
        assertThat(fx.run().sync("app", first, false).action()).isEqualTo(Action.KEPT_IN_OUTBOX);
        assertThat(fx.run().sync("app", second, false).action()).isEqualTo(Action.KEPT_IN_OUTBOX);
        assertThat(fx.run().sync("app-2", SyncFixture.draft("app-2", NIGHT1), false).action())
                .isEqualTo(Action.KEPT_IN_OUTBOX);
        assertThat(files()).hasSize(9);
        fx.linear.clearFaults();

        TicketOutcome delivered = fx.run().deliverKept("app").orElseThrow();

        assertThat(delivered.action()).isEqualTo(Action.CREATED);
        assertThat(fx.linear.issues()).singleElement().satisfies(issue ->
                assertThat(issue.description()).endsWith("fingerprint " + second.fingerprint()));
        String other = "app-2-" + SyncFixture.fingerprint(NIGHT1);
        assertThat(files()).as("only pair app-2's brief is left")
                .containsExactly(other + ".json", other + ".md", other + ".sql");
        assertThat(fx.run().deliverKept("app")).isEmpty();
    }

    @Test
    void tonightsDriftSupersedesWhatTheOutboxKept() throws Exception {
        fx.linear.failAlways(null, new Fault.ServerError(503));
        fx.run().sync("app", SyncFixture.draft("app", NIGHT1), false);
        fx.linear.clearFaults();
        TicketDraft tonight = SyncFixture.draft("app", NIGHT2);

        assertThat(fx.run().sync("app", tonight, false).action()).isEqualTo(Action.CREATED);

        assertThat(files()).isEmpty();
        assertThat(fx.linear.issues()).singleElement().satisfies(issue ->
                assertThat(issue.description()).endsWith("fingerprint " + tonight.fingerprint()));
    }

    @Test
    void aDryRunLeavesTheOutboxAlone() throws Exception {
        fx.linear.failAlways(null, new Fault.ServerError(503));
        fx.run().sync("app", SyncFixture.draft("app", NIGHT1), false);
        fx.linear.clearFaults();

        fx.run().sync("app", SyncFixture.draft("app", NIGHT2), true);

        assertThat(files()).hasSize(3);
    }
}
