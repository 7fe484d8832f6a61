package io.pgdrift.report;

import static io.pgdrift.diff.Samples.column;
import static io.pgdrift.diff.Samples.index;
import static io.pgdrift.diff.Samples.table;

import io.pgdrift.diff.AttributeChange;
import io.pgdrift.diff.Change;
import io.pgdrift.model.Column;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ServerInfo;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.MigrationMode;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.plan.MigrationPlan;
import io.pgdrift.plan.Statement;
import java.time.Instant;
import java.util.List;

/** Hand-built reports (changes and the plan a planner would make for them) for the renderer tests. */
final class Reports {
    static final BriefContext CONTEXT = new BriefContext("app", "production", "staging",
            new ServerInfo(130022, "13.22"), new ServerInfo(180001, "18.1"), Instant.parse("2026-11-24T03:00:00Z"));

    static final Column EMAIL_BEFORE = column("public", "users", "email", 2, "text");
    static final Column EMAIL_AFTER = new Column(EMAIL_BEFORE.key(), 2, "character varying(200)", true, null, null,
            null, null, null, null, null, null, null, null, List.of(), List.of(), null);

    static final Change ORDERS_ADDED = new Change.Added(table("public", "orders"));
    static final Change TMP_INDEX_REMOVED = new Change.Removed(
            index("public", "users", "users_tmp_idx", "CREATE INDEX ON public.users USING btree (tmp)"));
    static final Change EMAIL_ALTERED = new Change.Altered(EMAIL_BEFORE, EMAIL_AFTER, List.of(
            new AttributeChange("type", "text", "character varying(200)"), new AttributeChange("notNull", false, true)));

    static final List<Change> CHANGES = List.of(ORDERS_ADDED, EMAIL_ALTERED, TMP_INDEX_REMOVED);

    private Reports() {
    }

    static Statement statement(String sql, ObjectKey subject, Direction direction, boolean transactional,
                               Hazard... hazards) {
        return new Statement(sql, subject, direction, List.of(hazards), transactional);
    }

    /** The plan for {@link #CHANGES}: a table, a retype with a rewrite, a dropped production-only index. */
    static MigrationPlan plan() {
        return plan(MigrationOptions.DEFAULT);
    }

    static MigrationPlan plan(MigrationOptions options) {
        return new MigrationPlan(List.of(
                statement("CREATE TABLE public.orders (id bigint NOT NULL);", ORDERS_ADDED.key(),
                        Direction.STAGING_AHEAD, true),
                statement("ALTER TABLE public.users ALTER COLUMN email TYPE character varying(200);",
                        EMAIL_ALTERED.key(), Direction.STAGING_AHEAD, true,
                        new Hazard(HazardKind.TABLE_REWRITE, "rewrites public.users", null),
                        new Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "locks public.users while it runs", null)),
                statement("ALTER TABLE public.users ALTER COLUMN email SET NOT NULL;", EMAIL_ALTERED.key(),
                        Direction.STAGING_AHEAD, true,
                        new Hazard(HazardKind.VALIDATION_SCAN, "scans public.users",
                                "add CHECK (email IS NOT NULL) NOT VALID, validate it, then SET NOT NULL")),
                statement("DROP INDEX CONCURRENTLY public.users_tmp_idx;", TMP_INDEX_REMOVED.key(),
                        Direction.PRODUCTION_AHEAD, false,
                        new Hazard(HazardKind.NON_TRANSACTIONAL, "DROP INDEX CONCURRENTLY", null))),
                List.of(statement("CREATE INDEX users_tmp_idx ON public.users USING btree (tmp);",
                        TMP_INDEX_REMOVED.key(), Direction.PRODUCTION_AHEAD, true)), options);
    }

    static final MigrationOptions TRANSACTIONAL = MigrationOptions.DEFAULT.withMode(MigrationMode.TRANSACTIONAL);

    static DriftReport report() {
        return DriftReport.of(CONTEXT, CHANGES, plan());
    }

    static DriftReport identical() {
        return DriftReport.of(CONTEXT, List.of(), new MigrationPlan(List.of(), List.of()));
    }
}
