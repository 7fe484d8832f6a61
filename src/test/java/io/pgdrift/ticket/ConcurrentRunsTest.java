package io.pgdrift.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.testing.linear.Fault;
import io.pgdrift.ticket.TicketOutcome.Action;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two pgdrift runs on the same pair at the same moment, as two machines would run them: separate processes'
 * worth of state (own client, own outbox), one Linear. The fake makes the race certain: neither run's lookup is
 * answered until both have asked, so both see no ticket and both create.
 */
class ConcurrentRunsTest {
    static final List<String> TWO = List.of("+ table public.orders", "~ column public.users.email: type");

    @TempDir
    Path machineA;
    @TempDir
    Path machineB;
    SyncFixture a;
    SyncFixture b;

    @BeforeEach
    void start() {
        a = new SyncFixture(machineA);
        b = new SyncFixture(machineB, a.linear);
    }

    @AfterEach
    void stop() {
        assertThat(a.linear.rejected()).as("operations Linear's schema rejects").isEmpty();
        a.close();
    }

    @Test
    void twoRunsThatBothFindNoTicketFileOne() {
        a.linear.rendezvous("TicketsByAttachment", 2);
        a.linear.rendezvous("CreateLabel", 2);
        TicketDraft draft = SyncFixture.draft("app", TWO);

        CompletableFuture<TicketOutcome> first = CompletableFuture.supplyAsync(() -> a.run().sync("app", draft, false));
        CompletableFuture<TicketOutcome> second = CompletableFuture.supplyAsync(() -> b.run().sync("app", draft, false));

        assertThat(List.of(first.join(), second.join())).extracting(TicketOutcome::identifier, TicketOutcome::failure)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ENG-1", null),
                        org.assertj.core.groups.Tuple.tuple("ENG-1", null));
        a.linear.clearFaults();
        assertThat(a.linear.operations().stream().filter("CreateIssue"::equals)).as("both runs sent a create").hasSize(2);
        assertThat(a.linear.issues()).singleElement().satisfies(issue ->
                assertThat(a.linear.attachments(issue.id())).filteredOn(x -> x.url().equals(PairIdentity.url("app")))
                        .hasSize(1));
        assertThat(a.linear.workspace().labels()).as("the label both runs created").hasSize(1);
        assertThat(a.run().sync("app", draft, false).action()).isEqualTo(Action.UNCHANGED);
        assertThat(b.run().sync("app", null, false).action()).isEqualTo(Action.RESOLVED);
        assertThat(a.linear.issues()).hasSize(1);
    }

    @Test
    void twoRunsThatSeeTheDriftChangeAtOnceUpdateOnceAndCommentOnce() {
        a.run().sync("app", SyncFixture.draft("app", TWO), false);
        TicketDraft changed = SyncFixture.draft("app", List.of("+ table public.orders"));
        a.linear.rendezvous("TicketsByAttachment", 2);

        CompletableFuture<TicketOutcome> first = CompletableFuture.supplyAsync(() -> a.run().sync("app", changed, false));
        CompletableFuture<TicketOutcome> second = CompletableFuture.supplyAsync(() -> b.run().sync("app", changed, false));

        assertThat(List.of(first.join(), second.join())).extracting(TicketOutcome::action)
                .containsExactly(Action.UPDATED, Action.UPDATED);
        a.linear.clearFaults();
        String issue = a.linear.issues().get(0).id();
        assertThat(a.linear.comments(issue)).as("the same comment id: Linear keeps one").hasSize(1);
        assertThat(a.linear.issues()).hasSize(1);
    }

    @Test
    void aCreateThatLandedIsFoundByARunOnAnotherMachineAndFinished() {
        TicketDraft draft = SyncFixture.draft("app", TWO);
        a.linear.failNext("CreateIssue", 1, new Fault.LostResponse(true));
        a.linear.failAlways("TicketById", new Fault.ServerError(503));
        assertThat(a.run().sync("app", draft, false).action()).isEqualTo(Action.KEPT_IN_OUTBOX);
        a.linear.clearFaults();

        TicketOutcome other = b.run().sync("app", draft, false);

        assertThat(other.identifier()).isEqualTo("ENG-1");
        assertThat(a.linear.issues()).singleElement().satisfies(issue -> assertThat(a.linear.attachments(issue.id()))
                .extracting(io.pgdrift.testing.linear.FakeWorkspace.AttachmentView::title)
                .containsExactlyInAnyOrder("migration.sql", "pgdrift: pair app"));
    }
}
