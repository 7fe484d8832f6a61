package io.pgdrift.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.testing.linear.FakeWorkspace;
import io.pgdrift.ticket.TicketOutcome.Action;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One pair over five nights, each a fresh run against the same Linear: the drift appears, stays, grows, shrinks
 * and disappears. One ticket carries the whole story.
 */
class NightAfterNightTest {
    @TempDir
    Path outboxDir;

    @Test
    void oneTicketFollowsTheDriftUntilItIsGone() {
        List<String> night1 = List.of("+ table public.orders", "~ column public.users.email: type");
        List<String> night3 = List.of("+ table public.orders", "~ column public.users.email: type",
                "+ index public.orders.orders_created_at_idx", "- function public.legacy_total(integer)");
        List<String> night4 = List.of("+ index public.orders.orders_created_at_idx");

        try (SyncFixture fx = new SyncFixture(outboxDir)) {
            TicketOutcome first = fx.run().sync("app", SyncFixture.draft("app", night1), false);
            assertThat(first.action()).isEqualTo(Action.CREATED);

            assertThat(fx.run().sync("app", SyncFixture.draft("app", night1), false).action())
                    .isEqualTo(Action.UNCHANGED);

            TicketOutcome grew = fx.run().sync("app", SyncFixture.draft("app", night3), false);
            assertThat(grew.action()).isEqualTo(Action.UPDATED);
            assertThat(grew.identifier()).isEqualTo(first.identifier());

            TicketOutcome shrank = fx.run().sync("app", SyncFixture.draft("app", night4), false);
            assertThat(shrank.action()).isEqualTo(Action.UPDATED);

            assertThat(fx.run().sync("app", null, false).action()).isEqualTo(Action.RESOLVED);
            assertThat(fx.run().sync("app", null, false).action()).isEqualTo(Action.NOTHING);

            assertThat(fx.linear.issues()).singleElement().satisfies(issue -> {
                assertThat(issue.stateType()).isEqualTo("completed");
                assertThat(issue.title()).isEqualTo("Schema drift: app — 1 change");
                List<String> comments = fx.linear.comments(issue.id()).stream()
                        .map(FakeWorkspace.CommentView::body).toList();
                assertThat(comments).hasSize(3);
                assertThat(comments.get(0)).contains("Appeared since (2)").doesNotContain("Went away since")
                        .contains("+ index public.orders.orders_created_at_idx")
                        .contains("- function public.legacy_total(integer)");
                assertThat(comments.get(1)).contains("Went away since (3)").doesNotContain("Appeared since")
                        .contains("+ table public.orders");
                assertThat(comments.get(2)).contains("drift is gone");
                assertThat(fx.linear.attachments(issue.id())).extracting(FakeWorkspace.AttachmentView::title)
                        .as("superseded migrations are removed").containsExactlyInAnyOrder("migration.sql",
                                "pgdrift: pair app");
            });
            assertThat(fx.linear.rejected()).isEmpty();
        }
    }
}
