package io.pgdrift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.diff.AttributeChange;
import io.pgdrift.diff.Change;
import io.pgdrift.model.Column;
import io.pgdrift.model.Constraint;
import io.pgdrift.model.Dependency;
import io.pgdrift.model.EnumType;
import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Sequence;
import io.pgdrift.model.ServerInfo;
import io.pgdrift.model.Snapshot;
import io.pgdrift.model.Table;
import io.pgdrift.model.View;
import io.pgdrift.plan.kind.SnapshotIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The planner on snapshots built in code: ordering, quoting, hazards and directions, without a database. */
class PlannerTest {
    /** The statements as one transaction writes them (no online patterns such as ANALYZE after a retype). */
    private static final MigrationOptions TRANSACTIONAL = MigrationOptions.DEFAULT.withMode(MigrationMode.TRANSACTIONAL);


    private static final SchemaDef PUBLIC = new SchemaDef(ObjectKey.schema("public"), List.of(), null);

    private static Table table(String name) {
        return new Table(ObjectKey.of(ObjectKind.TABLE, "public", name), false, null, null, null, List.of(), false,
                false, List.of(), List.of(), null, null, List.of(), List.of(), null);
    }

    private static Column column(String table, String name, int position, String type, String defaultExpr) {
        return new Column(ObjectKey.member(ObjectKind.COLUMN, "public", table, name), position, type, false,
                defaultExpr, null, null, null, null, null, null, null, null, null, List.of(), List.of(), null);
    }

    private static Constraint foreignKey(String table, String name, String column, String referenced) {
        return new Constraint(ObjectKey.member(ObjectKind.CONSTRAINT, "public", table, name), "FOREIGN KEY",
                "FOREIGN KEY (" + column + ") REFERENCES public." + referenced + "(id)", true,
                ObjectKey.of(ObjectKind.TABLE, "public", referenced), List.of(), null, null);
    }

    private static Constraint primaryKey(String table) {
        return new Constraint(ObjectKey.member(ObjectKind.CONSTRAINT, "public", table, table + "_pkey"), "PRIMARY KEY",
                "PRIMARY KEY (id)", true, null, List.of(), null, null);
    }

    private static Snapshot snapshot(List<SchemaObject> objects, List<Dependency> dependencies) {
        List<SchemaObject> all = new ArrayList<>(objects);
        all.add(PUBLIC);
        return new Snapshot(Snapshot.FORMAT_VERSION, new ServerInfo(130022, "13.22"), "db", Instant.EPOCH, all,
                dependencies);
    }

    private static List<String> sql(List<Statement> statements) {
        return statements.stream().map(Statement::sql).toList();
    }

    private static int indexOf(List<String> sql, String prefix) {
        for (int i = 0; i < sql.size(); i++) {
            if (sql.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no statement starting with " + prefix + " in " + sql);
    }

    @Test
    void aViewOverARetypedColumnIsDroppedBeforeAndRecreatedAfter() {
        Column before = column("orders", "amount", 1, "integer", null);
        Column after = column("orders", "amount", 1, "numeric(12,2)", null);
        View view = new View(ObjectKey.of(ObjectKind.VIEW, "public", "big_orders"),
                "SELECT orders.amount FROM orders WHERE orders.amount > 100", List.of(), List.of(), null);
        List<Dependency> deps = List.of(new Dependency(view.key(), before.key()));
        Snapshot from = snapshot(List.of(table("orders"), before, view), deps);
        Snapshot to = snapshot(List.of(table("orders"), after, view), deps);

        MigrationPlan plan = new Planner().plan(from, to, List.of(new Change.Altered(before, after,
                List.of(new AttributeChange("type", "integer", "numeric(12,2)")))), TRANSACTIONAL);

        List<String> sql = sql(plan.statements());
        assertThat(sql).containsExactly(
                "DROP VIEW public.big_orders;",
                "ALTER TABLE public.orders ALTER COLUMN amount TYPE numeric(12,2);",
                "CREATE VIEW public.big_orders AS\nSELECT orders.amount FROM orders WHERE orders.amount > 100;");
        assertThat(plan.statements().get(1).hazards()).extracting(Hazard::kind)
                .contains(HazardKind.TABLE_REWRITE, HazardKind.ACCESS_EXCLUSIVE_LOCK)
                .doesNotContain(HazardKind.DATA_LOSS);
        assertThat(plan.statements()).allMatch(s -> s.direction() == Direction.STAGING_AHEAD);
    }

    @Test
    void narrowingToAnotherFamilyUsesUsingAndFlagsDataLoss() {
        Column before = column("t", "code", 1, "text", null);
        Column after = column("t", "code", 1, "integer", null);
        Snapshot from = snapshot(List.of(table("t"), before), List.of());
        Snapshot to = snapshot(List.of(table("t"), after), List.of());

        MigrationPlan plan = new Planner().plan(from, to, List.of(new Change.Altered(before, after, List.of())),
                TRANSACTIONAL);

        assertThat(sql(plan.statements())).containsExactly(
                "ALTER TABLE public.t ALTER COLUMN code TYPE integer USING code::integer;");
        assertThat(plan.statements().get(0).hazards()).extracting(Hazard::kind)
                .contains(HazardKind.DATA_LOSS, HazardKind.TABLE_REWRITE);
    }

    @Test
    void circularForeignKeysAreAddedAfterBothTables() {
        List<SchemaObject> objects = List.of(table("a"), column("a", "id", 1, "integer", null),
                column("a", "b_id", 2, "integer", null), primaryKey("a"), foreignKey("a", "a_b_fk", "b_id", "b"),
                table("b"), column("b", "id", 1, "integer", null), column("b", "a_id", 2, "integer", null),
                primaryKey("b"), foreignKey("b", "b_a_fk", "a_id", "a"));
        Snapshot from = snapshot(List.of(), List.of());
        Snapshot to = snapshot(objects, List.of());
        List<Change> changes = to.objects().stream().filter(o -> o.kind() != ObjectKind.SCHEMA)
                .map(o -> (Change) new Change.Added(o)).toList();

        MigrationPlan plan = new Planner().plan(from, to, changes);

        List<String> sql = sql(plan.statements());
        assertThat(sql).hasSize(4);
        assertThat(sql.get(0)).startsWith("CREATE TABLE public.a (").contains("CONSTRAINT a_pkey PRIMARY KEY (id)");
        assertThat(sql.get(1)).startsWith("CREATE TABLE public.b (");
        assertThat(sql.subList(2, 4)).allMatch(s -> s.contains("FOREIGN KEY"));
        assertThat(plan.statements()).allMatch(s -> s.hazards().isEmpty());
    }

    @Test
    void newEnumLabelsGoInTheirPlaceAndALabelUsedLaterIsCommittedFirst() {
        ObjectKey key = ObjectKey.of(ObjectKind.ENUM, "public", "mood");
        EnumType before = new EnumType(key, List.of("ok", "sad"), List.of(new Grant(Grant.PUBLIC, "USAGE", false)), null);
        EnumType after = new EnumType(key, List.of("happy", "ok", "meh", "sad", "angry"), List.of(new Grant(Grant.PUBLIC, "USAGE", false)), null);
        Column colBefore = column("t", "m", 1, "mood", null);
        Column colAfter = column("t", "m", 1, "mood", "'meh'::mood");
        Snapshot from = snapshot(List.of(before, table("t"), colBefore), List.of());
        Snapshot to = snapshot(List.of(after, table("t"), colAfter), List.of());

        MigrationPlan plan = new Planner().plan(from, to, List.of(new Change.Altered(before, after, List.of()),
                new Change.Altered(colBefore, colAfter, List.of())));

        List<String> sql = sql(plan.statements());
        assertThat(sql).containsSubsequence(
                "ALTER TYPE public.mood ADD VALUE 'happy' BEFORE 'ok';",
                "ALTER TYPE public.mood ADD VALUE 'meh' AFTER 'ok';",
                "ALTER TYPE public.mood ADD VALUE 'angry' AFTER 'sad';",
                "ALTER TABLE public.t ALTER COLUMN m SET DEFAULT 'meh'::mood;");
        Statement meh = plan.statements().get(indexOf(sql, "ALTER TYPE public.mood ADD VALUE 'meh'"));
        assertThat(meh.transactional()).isFalse();
        assertThat(plan.statements().get(indexOf(sql, "ALTER TYPE public.mood ADD VALUE 'happy'")).transactional())
                .isTrue();
    }

    @Test
    void reorderedEnumIsRecreatedAndItsColumnsConvertedThroughText() {
        ObjectKey key = ObjectKey.of(ObjectKind.ENUM, "public", "mood");
        EnumType before = new EnumType(key, List.of("ok", "sad", "gone"), List.of(new Grant(Grant.PUBLIC, "USAGE", false)), null);
        EnumType after = new EnumType(key, List.of("sad", "ok"), List.of(new Grant(Grant.PUBLIC, "USAGE", false)), null);
        Column col = column("t", "m", 1, "mood", null);
        List<Dependency> deps = List.of(new Dependency(col.key(), key));
        Snapshot from = snapshot(List.of(before, table("t"), col), deps);
        Snapshot to = snapshot(List.of(after, table("t"), col), deps);

        MigrationPlan plan = new Planner().plan(from, to, List.of(new Change.Altered(before, after, List.of())),
                TRANSACTIONAL);

        assertThat(sql(plan.statements())).containsExactly(
                "ALTER TYPE public.mood RENAME TO mood_pgdrift_old;",
                "CREATE TYPE public.mood AS ENUM ('sad', 'ok');",
                "ALTER TABLE public.t ALTER COLUMN m TYPE mood USING m::text::mood;",
                "DROP TYPE public.mood_pgdrift_old;");
        assertThat(plan.statements().get(2).hazards()).extracting(Hazard::kind).contains(HazardKind.DATA_LOSS);
    }

    /** {@code tickets.id} as a serial (FROM) and as an identity of the same sequence name (TO). */
    private static MigrationBuilder.Result serialToIdentity(boolean reverse) {
        ObjectKey id = ObjectKey.member(ObjectKind.COLUMN, "public", "tickets", "id");
        Sequence serial = new Sequence(ObjectKey.of(ObjectKind.SEQUENCE, "public", "tickets_id_seq"), "integer", 1, 1,
                1, Integer.MAX_VALUE, 1, false, false, id, List.of(), null);
        Column serialColumn = new Column(id, 1, "integer", true, "nextval('public.tickets_id_seq'::regclass)", null,
                null, null, null, null, null, null, null, null, List.of(), List.of(), null);
        Column identityColumn = new Column(id, 1, "integer", true, null, "BY DEFAULT", null, null, null, null, null, null,
                null, null, List.of(), List.of(), null);
        SnapshotIndex serialSide = new SnapshotIndex(snapshot(List.of(table("tickets"), serialColumn, serial),
                List.of(new Dependency(id, serial.key()))));
        SnapshotIndex identitySide = new SnapshotIndex(snapshot(List.of(table("tickets"), identityColumn), List.of()));
        List<Change> changes = reverse
                ? List.of(new Change.Altered(identityColumn, serialColumn, List.of()), new Change.Added(serial))
                : List.of(new Change.Altered(serialColumn, identityColumn, List.of()), new Change.Removed(serial));
        return reverse ? new MigrationBuilder(identitySide, serialSide, changes).build()
                : new MigrationBuilder(serialSide, identitySide, changes).build();
    }

    @Test
    void aSerialBecomingAnIdentityAndBackIsOrderedWithoutBreakingACycle() {
        MigrationBuilder.Result toIdentity = serialToIdentity(false);
        assertThat(toIdentity.brokenCycles()).isZero();
        assertThat(sql(toIdentity.statements())).containsExactly(
                "ALTER TABLE public.tickets ALTER COLUMN id DROP DEFAULT;",
                "DROP SEQUENCE public.tickets_id_seq;",
                "ALTER TABLE public.tickets ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;");

        MigrationBuilder.Result toSerial = serialToIdentity(true);
        assertThat(toSerial.brokenCycles()).isZero();
        List<String> sql = sql(toSerial.statements());
        assertThat(indexOf(sql, "ALTER TABLE public.tickets ALTER COLUMN id DROP IDENTITY"))
                .isLessThan(indexOf(sql, "CREATE SEQUENCE public.tickets_id_seq"));
        assertThat(indexOf(sql, "CREATE SEQUENCE public.tickets_id_seq"))
                .isLessThan(indexOf(sql, "ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT nextval"));
    }

    @Test
    void aDroppedTableIsProductionAheadFlaggedAsDataLossAndBackported() {
        Table gone = table("Old Stuff");
        Column id = new Column(ObjectKey.member(ObjectKind.COLUMN, "public", "Old Stuff", "user"), 1, "integer", true,
                null, null, null, null, null, null, null, null, null, null, List.of(), List.of(), "who's this");
        Snapshot from = snapshot(List.of(gone, id), List.of());
        Snapshot to = snapshot(List.of(), List.of());

        MigrationPlan plan = new Planner().plan(from, to, List.of(new Change.Removed(gone), new Change.Removed(id)));

        assertThat(sql(plan.statements())).containsExactly("DROP TABLE public.\"Old Stuff\";");
        Statement drop = plan.statements().get(0);
        assertThat(drop.direction()).isEqualTo(Direction.PRODUCTION_AHEAD);
        assertThat(drop.hazards()).extracting(Hazard::kind).contains(HazardKind.DATA_LOSS);
        assertThat(sql(plan.backport())).containsExactly(
                "CREATE TABLE public.\"Old Stuff\" (\n    \"user\" integer NOT NULL\n);",
                "COMMENT ON COLUMN public.\"Old Stuff\".\"user\" IS 'who''s this';");
        assertThat(plan.backport()).allMatch(s -> s.direction() == Direction.PRODUCTION_AHEAD);
    }

    @Test
    void tenThousandNewTablesWithForeignKeysArePlannedInOrder() {
        List<SchemaObject> objects = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String name = "t" + i;
            objects.add(table(name));
            objects.add(column(name, "id", 1, "integer", null));
            objects.add(primaryKey(name));
            if (i > 0) {
                objects.add(column(name, "parent_id", 2, "integer", null));
                objects.add(foreignKey(name, name + "_parent_fk", "parent_id", "t" + (i - 1)));
            }
        }
        Snapshot to = snapshot(objects, List.of());
        List<Change> changes = objects.stream().map(o -> (Change) new Change.Added(o)).toList();

        MigrationPlan plan = new Planner().plan(snapshot(List.of(), List.of()), to, changes);

        List<String> sql = sql(plan.statements());
        assertThat(sql).hasSize(10_000 + 9_999);
        assertThat(sql.subList(0, 10_000)).allMatch(s -> s.startsWith("CREATE TABLE"));
        assertThat(sql.subList(10_000, sql.size())).allMatch(s -> s.contains("FOREIGN KEY"));
    }
}
