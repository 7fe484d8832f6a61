package io.pgdrift.agent;

import static io.pgdrift.diff.Samples.column;
import static io.pgdrift.diff.Samples.snapshot;
import static io.pgdrift.diff.Samples.table;

import io.pgdrift.diff.Change;
import io.pgdrift.diff.DiffOptions;
import io.pgdrift.diff.Differ;
import io.pgdrift.diff.ObjectFilter;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.RelationSize;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.ServerInfo;
import io.pgdrift.model.Snapshot;
import io.pgdrift.plan.MigrationPlan;
import io.pgdrift.plan.Planner;
import io.pgdrift.report.BriefContext;
import io.pgdrift.report.DriftReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Drift reports made by the real differ and planner from small snapshots, as the nightly job makes them. */
final class AgentReports {
    static final String PAIR = "billing";

    private AgentReports() {
    }

    /** Staging has a new table: nothing hazardous. */
    static DriftReport additive() {
        return report(List.of(table("public", "users")),
                List.of(table("public", "users"), table("public", "shipments"), column("public", "shipments", "id", 1, "bigint")));
    }

    /** Staging changed a column's type: production's table is rewritten (its size unknown). */
    static DriftReport rewrite() {
        return rewrite(List.of());
    }

    /** As {@link #rewrite()}, production's {@code public.users} having {@code rows} rows in {@code bytes}. */
    static DriftReport rewrite(long rows, long bytes) {
        return rewrite(List.of(new RelationSize(ObjectKey.of(ObjectKind.TABLE, "public", "users"), rows, bytes)));
    }

    private static DriftReport rewrite(List<RelationSize> sizes) {
        Snapshot production = snapshot(List.of(table("public", "users"), column("public", "users", "age", 1, "integer")));
        production = new Snapshot(production.formatVersion(), production.server(), production.database(),
                production.takenAt(), production.objects(), production.dependencies(), sizes);
        return report(production, snapshot(List.of(table("public", "users"), column("public", "users", "age", 1, "bigint"))));
    }

    /** Production holds a column staging does not: the migration drops it, and its data. */
    static DriftReport dataLoss() {
        return report(List.of(table("public", "users"), column("public", "users", "legacy_notes", 1, "text")),
                List.of(table("public", "users")));
    }

    private static DriftReport report(List<SchemaObject> production, List<SchemaObject> staging) {
        return report(snapshot(new ArrayList<>(production)), snapshot(new ArrayList<>(staging)));
    }

    private static DriftReport report(Snapshot from, Snapshot to) {
        List<Change> changes = new Differ().diff(from, to, ObjectFilter.ALL, new DiffOptions(false));
        MigrationPlan plan = new Planner().plan(from, to, changes);
        BriefContext context = new BriefContext(PAIR, "production", "staging", new ServerInfo(150014, "15.14"),
                new ServerInfo(170006, "17.6"), Instant.parse("2026-11-29T03:00:00Z"));
        return DriftReport.of(context, changes, plan);
    }
}
