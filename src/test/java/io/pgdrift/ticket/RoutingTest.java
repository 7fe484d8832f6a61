package io.pgdrift.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.testing.linear.FakeLinear;
import io.pgdrift.testing.linear.FakeWorkspace;
import io.pgdrift.ticket.TicketOutcome.Action;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pairs[].linear}: each pair's ticket goes to its owners, and moves with them when the routing changes. */
class RoutingTest {
    static final List<String> TWO = List.of("+ table public.orders", "~ column public.users.email: type");
    static final Routing DEFAULTS = new Routing("ENG", "migration-review", List.of("schema-drift"), null, null, false);

    @TempDir
    Path outboxDir;
    SyncFixture fx;

    @BeforeEach
    void start() {
        fx = new SyncFixture(outboxDir);
        fx.linear.workspace().seedProject("billing-db", "OPS");
    }

    @AfterEach
    void stop() {
        assertThat(fx.linear.rejected()).as("operations Linear's schema rejects").isEmpty();
        fx.close();
    }

    private void route(Map<String, Routing> pairs) {
        fx.settings = new LinearSettings(fx.linear.url(), FakeLinear.API_KEY, DEFAULTS, pairs);
    }

    @Test
    void aPairOverridesTeamProjectLabelsAssigneeAndPriority() {
        route(Map.of("billing", DEFAULTS.overriddenBy(new Routing("OPS", "billing-db", List.of("db-billing"),
                "ada@example.com", 1, false))));

        fx.run().sync("billing", SyncFixture.draft("billing", TWO), false);
        fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        FakeWorkspace.IssueView billing = fx.linear.issues().get(0);
        assertThat(billing.identifier()).isEqualTo("OPS-1");
        assertThat(billing.projectName()).isEqualTo("billing-db");
        assertThat(billing.labelNames()).containsExactly("db-billing");
        assertThat(billing.assigneeId()).isNotNull();
        assertThat(billing.priority()).isEqualTo(1);
        FakeWorkspace.IssueView app = fx.linear.issues().get(1);
        assertThat(app.identifier()).isEqualTo("ENG-1");
        assertThat(app.projectName()).isEqualTo("migration-review");
        assertThat(app.labelNames()).containsExactly("schema-drift");
        assertThat(app.assigneeId()).isNull();
        assertThat(app.priority()).isNull();
    }

    @Test
    void theTicketMovesWithThePairsRouting() {
        route(Map.of());
        TicketDraft draft = SyncFixture.draft("app", TWO);
        fx.run().sync("app", draft, false);
        fx.linear.workspace().moveIssue("ENG-1", "started");
        route(Map.of("app", DEFAULTS.overriddenBy(new Routing("OPS", "billing-db", null, null, null, false))));

        TicketOutcome moved = fx.run().sync("app", draft, false);

        assertThat(moved.action()).isEqualTo(Action.UNCHANGED);
        assertThat(moved.identifier()).isEqualTo("OPS-1");
        assertThat(fx.linear.issues()).singleElement().satisfies(issue -> {
            assertThat(issue.teamKey()).isEqualTo("OPS");
            assertThat(issue.projectName()).isEqualTo("billing-db");
            assertThat(issue.stateType()).isEqualTo("started");
            assertThat(issue.labelNames()).containsExactly("schema-drift");
        });
        assertThat(fx.linear.workspace().labels()).extracting(FakeWorkspace.Label::teamId)
                .as("the OPS team got its own label").contains(fx.linear.workspace().team("OPS").id());
        int mutations = fx.linear.mutationCount();
        assertThat(fx.run().sync("app", draft, false).action()).isEqualTo(Action.UNCHANGED);
        assertThat(fx.linear.mutationCount()).isEqualTo(mutations);
        assertThat(fx.run().sync("app", null, false).action()).isEqualTo(Action.RESOLVED);
        assertThat(fx.linear.issues().get(0).stateName()).isEqualTo("Done");
    }

    @Test
    void theDraftsPriorityIsSentUnlessTheRoutingFixesOne() {
        route(Map.of("auto", DEFAULTS.overriddenBy(new Routing(null, null, null, null, null, true)),
                "fixed", DEFAULTS.overriddenBy(new Routing(null, null, null, null, 4, false))));

        fx.run().sync("auto", SyncFixture.draft("auto", TWO).withPriority(2), false);
        fx.run().sync("fixed", SyncFixture.draft("fixed", TWO).withPriority(2), false);
        fx.run().sync("none", SyncFixture.draft("none", TWO).withPriority(2), false);

        fx.run().sync("left", SyncFixture.draft("left", TWO), false);

        assertThat(fx.linear.issues()).extracting(FakeWorkspace.IssueView::priority).containsExactly(2, 4, 2, null);
        fx.run().sync("auto", SyncFixture.draft("auto", List.of("+ table public.orders")).withPriority(1), false);
        assertThat(fx.linear.issues().get(0).priority()).isEqualTo(1);
        fx.run().sync("fixed", SyncFixture.draft("fixed", List.of("+ table public.orders")).withPriority(1), false);
        assertThat(fx.linear.issues().get(1).priority()).as("a fixed priority is not rewritten").isEqualTo(4);
    }
}
