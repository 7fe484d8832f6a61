package io.pgdrift.online;

import static io.pgdrift.diff.Samples.column;
import static io.pgdrift.diff.Samples.constraint;
import static io.pgdrift.diff.Samples.index;
import static io.pgdrift.diff.Samples.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.diff.Change;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.RelationSize;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.MigrationPlan;
import io.pgdrift.plan.Statement;
import io.pgdrift.report.BriefContext;
import io.pgdrift.report.DriftReport;
import io.pgdrift.report.MarkdownBrief;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The brief's summary and hazards read as a reviewer thinks: one row per new table, worst and biggest first. */
class BriefHazardsTest {
    static final BriefContext CONTEXT = new BriefContext("app", "production", "staging", null, null, null);
    static final ObjectKey ORDERS = ObjectKey.of(ObjectKind.TABLE, "public", "orders");
    static final ObjectKey EVENTS = ObjectKey.of(ObjectKind.TABLE, "public", "events");

    @Test
    void aNewTableIsOneRowWithItsMembersFoldedIn() {
        List<Change> changes = List.of(new Change.Added(table("public", "invoices")),
                new Change.Added(column("public", "invoices", "id", 1, "integer")),
                new Change.Added(column("public", "invoices", "total", 2, "numeric")),
                new Change.Added(constraint("public", "invoices", "invoices_pkey", "PRIMARY KEY (id)")),
                new Change.Added(index("public", "invoices", "invoices_total_idx", "CREATE INDEX ON public.invoices USING btree (total)")),
                new Change.Added(index("public", "invoices", "invoices_other_idx", "CREATE INDEX ON public.invoices USING btree (id, total)")),
                new Change.Added(column("public", "orders", "note", 3, "text")));

        String summary = section(MarkdownBrief.render(DriftReport.of(CONTEXT, changes, MigrationPlan.empty(null))));

        assertThat(summary.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| Object") && !l.startsWith("| ---"))).containsExactly(
                "| table `public.invoices` | added, with 2 columns, 1 constraint, 2 indexes | staging ahead | — |",
                "| column `public.orders.note` | added | staging ahead | — |");
    }

    @Test
    void hazardsAreOrderedBySeverityThenSizeAndStatedOnce() {
        RelationSize ordersSize = new RelationSize(ORDERS, 12_400_000, 3_328_599_654L);
        RelationSize eventsSize = new RelationSize(EVENTS, 1_000, 81_920);
        Hazard lockOrders = new Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "locks public.orders", null).withSize(ordersSize);
        Hazard lockEvents = new Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "locks public.events", null).withSize(eventsSize);
        Hazard loss = new Hazard(HazardKind.DATA_LOSS, "drops column x of public.events and its data", null)
                .withSize(eventsSize);
        MigrationPlan plan = new MigrationPlan(List.of(
                statement(EVENTS, lockEvents), statement(ORDERS, lockOrders), statement(ORDERS, lockOrders),
                statement(EVENTS, loss)), List.of());

        String hazards = MarkdownBrief.render(DriftReport.of(CONTEXT,
                List.of(new Change.Added(column("public", "orders", "y", 2, "text"))), plan));
        List<String> lines = hazards.substring(hazards.indexOf("### Hazards")).lines()
                .filter(l -> l.startsWith("- **")).toList();

        assertThat(lines).containsExactly(
                "- **data loss** · table `public.events`: drops column x of public.events (≈1000 rows, 80 kB) and its data",
                "- **ACCESS EXCLUSIVE lock** · table `public.orders`: locks public.orders (≈12.4 M rows, 3.1 GB)",
                "- **ACCESS EXCLUSIVE lock** · table `public.events`: locks public.events (≈1000 rows, 80 kB)");
    }

    private static Statement statement(ObjectKey subject, Hazard hazard) {
        return new Statement("SELECT 1;", subject, Direction.STAGING_AHEAD, List.of(hazard), true);
    }

    private static String section(String md) {
        int start = md.indexOf("### Summary");
        return md.substring(start, md.indexOf("### ", start + 4));
    }
}
