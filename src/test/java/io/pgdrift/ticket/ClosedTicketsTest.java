package io.pgdrift.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.testing.linear.FakeWorkspace;
import io.pgdrift.ticket.TicketOutcome.Action;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tickets a person closed: canceled means the drift was accepted; completed while it persists means file again. */
class ClosedTicketsTest {
    static final List<String> TWO = List.of("+ table public.orders", "~ column public.users.email: type");
    static final List<String> THREE = List.of("+ table public.orders", "+ index public.orders.orders_day_idx",
            "- function public.legacy_total(integer)");

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

    @Test
    void aCanceledTicketAcceptsItsDriftSoNothingIsFiledWhileItStaysTheSame() {
        TicketDraft draft = SyncFixture.draft("app", TWO);
        fx.run().sync("app", draft, false);
        fx.linear.workspace().moveIssue("ENG-1", "canceled");
        int mutations = fx.linear.mutationCount();

        TicketOutcome first = fx.run().sync("app", draft, false);
        TicketOutcome second = fx.run().sync("app", draft, false);

        assertThat(first.action()).isEqualTo(Action.ACCEPTED);
        assertThat(first.identifier()).isEqualTo("ENG-1");
        assertThat(second.action()).isEqualTo(Action.ACCEPTED);
        assertThat(fx.run().sync("app", draft, true).action()).isEqualTo(Action.ACCEPTED);
        assertThat(fx.linear.issues()).singleElement().satisfies(i -> assertThat(i.stateType()).isEqualTo("canceled"));
        assertThat(fx.linear.mutationCount()).isEqualTo(mutations);
        assertThat(fx.run().sync("app", null, false).action()).isEqualTo(Action.NOTHING);
    }

    @Test
    void whenTheAcceptedDriftChangesANewTicketLinksTheCanceledOneAndSaysWhatChanged() {
        fx.run().sync("app", SyncFixture.draft("app", TWO), false);
        fx.linear.workspace().moveIssue("ENG-1", "canceled");
        TicketDraft changed = SyncFixture.draft("app", THREE);

        TicketOutcome outcome = fx.run().sync("app", changed, false);

        assertThat(outcome.action()).isEqualTo(Action.CREATED);
        assertThat(outcome.identifier()).isEqualTo("ENG-2");
        FakeWorkspace.IssueView next = fx.linear.issues().get(1);
        assertThat(next.stateType()).isEqualTo("backlog");
        assertThat(fx.linear.workspace().relatedIdentifiers(next.id())).containsExactly("ENG-1");
        assertThat(next.description()).startsWith("> Follows [ENG-1](").contains("canceled")
                .endsWith("fingerprint " + changed.fingerprint());
        assertThat(fx.linear.comments(next.id())).singleElement().satisfies(c -> {
            String body = c.body();
            assertThat(body).contains("since ENG-1 was canceled");
            assertThat(body.substring(body.indexOf("Appeared since"), body.indexOf("Went away since")))
                    .contains("+ index public.orders.orders_day_idx").contains("- function public.legacy_total(integer)")
                    .doesNotContain("+ table public.orders");
            assertThat(body.substring(body.indexOf("Went away since"))).contains("~ column public.users.email: type");
        });
        assertThat(fx.run().sync("app", changed, false).action()).isEqualTo(Action.UNCHANGED);
        assertThat(fx.linear.issues()).hasSize(2);
    }

    @Test
    void aTicketCompletedWhileTheDriftPersistsIsFollowedByANewLinkedOne() {
        TicketDraft draft = SyncFixture.draft("app", TWO);
        fx.run().sync("app", draft, false);
        fx.linear.workspace().moveIssue("ENG-1", "completed");

        TicketOutcome outcome = fx.run().sync("app", draft, false);

        assertThat(outcome.action()).isEqualTo(Action.CREATED);
        assertThat(outcome.identifier()).isEqualTo("ENG-2");
        assertThat(fx.linear.issues()).extracting(FakeWorkspace.IssueView::stateType)
                .containsExactly("completed", "backlog");
        FakeWorkspace.IssueView next = fx.linear.issues().get(1);
        assertThat(fx.linear.workspace().relatedIdentifiers(next.id())).containsExactly("ENG-1");
        assertThat(next.description()).startsWith("> Follows [ENG-1](").contains("completed while the drift persisted");
        assertThat(fx.run().sync("app", draft, false).action()).isEqualTo(Action.UNCHANGED);
        assertThat(fx.run().sync("app", null, false).action()).isEqualTo(Action.RESOLVED);
        assertThat(fx.linear.issues()).extracting(FakeWorkspace.IssueView::stateType)
                .containsExactly("completed", "completed");
    }

    @Test
    void anAcceptedDriftStaysAcceptedAfterLinearArchivesTheCanceledTicketButNotAfterItIsDeleted() {
        TicketDraft draft = SyncFixture.draft("app", TWO);
        fx.run().sync("app", draft, false);
        fx.linear.workspace().moveIssue("ENG-1", "canceled");
        fx.linear.workspace().archiveIssue("ENG-1");

        assertThat(fx.run().sync("app", draft, false).action()).isEqualTo(Action.ACCEPTED);

        fx.linear.workspace().trashIssue("ENG-1");
        TicketOutcome refiled = fx.run().sync("app", draft, false);
        assertThat(refiled.action()).isEqualTo(Action.CREATED);
        assertThat(refiled.identifier()).isEqualTo("ENG-2");
    }

    @Test
    void anArchivedOrTrashedTicketIsNotTheLiveOne() {
        TicketDraft draft = SyncFixture.draft("app", TWO);
        fx.run().sync("app", draft, false);
        fx.linear.workspace().archiveIssue("ENG-1");

        assertThat(fx.run().sync("app", draft, false).identifier()).isEqualTo("ENG-2");
        fx.linear.workspace().trashIssue("ENG-2");
        assertThat(fx.run().sync("app", draft, false).identifier()).isEqualTo("ENG-3");

        assertThat(fx.run().sync("app", draft, false).action()).isEqualTo(Action.UNCHANGED);
        assertThat(fx.linear.issues()).hasSize(3);
    }

    @Test
    void aTrashedTicketWithoutItsAttachmentDoesNotBlockTheNextCreate() {
        TicketDraft draft = SyncFixture.draft("app", TWO);
        fx.run().sync("app", draft, false);
        String first = fx.linear.issues().get(0).id();
        fx.linear.workspace().removeAttachments(first, PairIdentity.url("app"));
        fx.linear.workspace().trashIssue("ENG-1");

        TicketOutcome outcome = fx.run().sync("app", draft, false);

        assertThat(outcome.action()).isEqualTo(Action.CREATED);
        assertThat(outcome.identifier()).isEqualTo("ENG-2");
        assertThat(fx.linear.issues()).extracting(FakeWorkspace.IssueView::trashed).containsExactly(true, false);
        assertThat(fx.linear.operations().stream().filter("CreateIssue"::equals))
                .as("the first candidate id is the trashed ticket's, refused as taken").hasSize(3);
    }
}
