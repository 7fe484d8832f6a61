package io.pgdrift.online;

import io.pgdrift.catalog.CatalogReader;
import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.diff.Change;
import io.pgdrift.diff.DiffOptions;
import io.pgdrift.diff.Differ;
import io.pgdrift.diff.ObjectFilter;
import io.pgdrift.model.Snapshot;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.plan.Planner;
import io.pgdrift.report.BriefContext;
import io.pgdrift.report.DriftReport;
import io.pgdrift.report.SqlScript;
import io.pgdrift.testing.TestDatabase;
import java.time.Instant;
import java.util.List;

/**
 * What {@code pgdrift diff --format sql} does, through the library (the CLI's log settings are process-wide, and
 * these tests run beside others): read both catalogs, compare, plan and render the script.
 */
record Drift(List<Change> changes, String script) {

    static Drift between(TestDatabase production, TestDatabase staging, MigrationOptions options) {
        Snapshot from = new CatalogReader().read(DatabaseUrl.parse(production.uri()));
        Snapshot to = new CatalogReader().read(DatabaseUrl.parse(staging.uri()));
        List<Change> changes = new Differ().diff(from, to, ObjectFilter.ALL, new DiffOptions(false));
        BriefContext context = new BriefContext("online", "production", "staging", from.server(), to.server(),
                Instant.now());
        String script = SqlScript.render(DriftReport.of(context, changes,
                new Planner().plan(from, to, changes, options)));
        return new Drift(changes, script);
    }

    boolean identical() {
        return changes.isEmpty();
    }
}
