package io.pgdrift.plan.kind;

import io.pgdrift.model.Column;
import io.pgdrift.model.Constraint;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Sequence;
import io.pgdrift.model.Table;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Columns. A new table's columns are written inside its CREATE TABLE ({@link #definition}); other columns are
 * added, dropped and changed with ALTER TABLE. A change of type or collation is a {@link Rebuild#RETYPE}
 * (see {@link ColumnRetype}); a new generation expression recreates the column where no ALTER can set it.
 */
final class ColumnDdl implements KindDdl<Column> {

    static final ColumnDdl INSTANCE = new ColumnDdl();

    static final Set<String> IDENTITIES = Set.of("ALWAYS", "BY DEFAULT");
    private static final Set<String> STORAGES = Set.of("PLAIN", "EXTERNAL", "EXTENDED", "MAIN");
    private static final Set<String> COMPRESSIONS = Set.of("pglz", "lz4");
    private static final Pattern NEXTVAL = Pattern.compile("nextval\\('((?:[^']|'')+)'::regclass\\)");

    static Hazard dropsItsData(ObjectKey k) {
        return dropsItsData(k, null);
    }

    /** @param renamedTo a column of the same type this migration adds to the table, or null */
    static Hazard dropsItsData(ObjectKey k, ObjectKey renamedTo) {
        return new Hazard(HazardKind.DATA_LOSS, "drops column " + k.member() + " of " + k.qualifiedRelation()
                + " and its data", renamedTo == null ? null : "if " + renamedTo.member() + " is " + k.member()
                + " renamed, ALTER TABLE " + Names.rel(k) + " RENAME COLUMN " + Names.member(k) + " TO "
                + Names.member(renamedTo) + " keeps the data (instead of this DROP and the ADD)");
    }

    /** A column of the same type that this migration adds to the same (kept) table: perhaps this one renamed. */
    private static ObjectKey renamedTo(Column dropped, PlanContext plan) {
        ObjectKey table = Members.relationOf(plan.from(), dropped.key());
        if (!plan.to().contains(table) || plan.decision().isCreated(table)) {
            return null;
        }
        for (Column candidate : plan.to().columns(table)) {
            if (!plan.from().contains(candidate.key()) && candidate.type().equals(dropped.type())) {
                return candidate.key();
            }
        }
        return null;
    }

    /** Why adding this column to an existing table costs more than a catalog change, or null. */
    static Hazard addCost(Column c, ObjectKey table, SnapshotIndex to) {
        ObjectKey type = to.typeKey(c.type());
        if (type != null && to.get(type) instanceof io.pgdrift.model.DomainType domain
                && (domain.notNull() || !domain.checks().isEmpty())) {
            return new Hazard(HazardKind.TABLE_REWRITE, "the column's domain " + type.display() + " has constraints: "
                    + "PostgreSQL checks them on every row, rewriting " + table.display(), "add the column with the "
                    + "domain's base type, backfill, then change its type to the domain");
        }
        return addCost(c, table);
    }

    static Hazard addCost(Column c, ObjectKey table) {
        if (c.generated() != null) {
            return new Hazard(HazardKind.TABLE_REWRITE, "computes the stored generated column for every row, "
                    + "rewriting " + table.display(), null);
        }
        if (c.identity() != null) {
            return new Hazard(HazardKind.TABLE_REWRITE, "fills the identity column for every row, rewriting "
                    + table.display(), null);
        }
        if (c.defaultExpr() != null && Volatility.mayBeVolatile(c.defaultExpr())) {
            return new Hazard(HazardKind.TABLE_REWRITE, "the default " + c.defaultExpr() + " may be volatile: "
                    + "every row gets its own value, rewriting " + table.display(),
                    "add the column without a default, set the default, then backfill in batches");
        }
        if (c.notNull() && c.defaultExpr() == null) {
            return new Hazard(HazardKind.VALIDATION_SCAN, "a NOT NULL column without a default fails when "
                    + table.display() + " has rows", "add it nullable, backfill, then SET NOT NULL");
        }
        return null;
    }

    static Hazard recomputes(ObjectKey table) {
        return new Hazard(HazardKind.TABLE_REWRITE, "recomputes the column for every row of " + table.display(), null);
    }

    static Hazard scansForNulls(ObjectKey k, ObjectKey table) {
        String check = Sql.ident(Partitions.name(k.name() + "_" + k.member(), "_pgdrift_not_null"));
        return new Hazard(HazardKind.VALIDATION_SCAN, "scans every row of " + table.display() + " for nulls while "
                + "holding the lock", "ALTER TABLE " + Names.rel(k) + " ADD CONSTRAINT " + check + " CHECK ("
                + Names.member(k) + " IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT " + check
                + "; then SET NOT NULL (no scan) and drop the check (what --mode online writes)");
    }

    @Override
    public Class<Column> type() {
        return Column.class;
    }

    @Override
    public Step create(Column c, PlanContext plan, Direction direction) {
        ObjectKey k = c.key();
        ObjectKey table = Members.relationOf(plan.to(), k);
        Step step = plan.step(Phase.CREATE, k, "ALTER TABLE " + Names.rel(k) + " ADD COLUMN " + definition(c) + ";",
                direction).needs(table);
        if (!plan.decision().isCreated(table)) {
            step.hazardIfAny(Locks.accessExclusive(plan, table, "adding a column"))
                    .hazardIfAny(addCost(c, table, plan.to()));
        }
        extras(c, plan, direction);
        return step;
    }

    /** A column as it appears in CREATE TABLE or ADD COLUMN. */
    static String definition(Column c) {
        StringBuilder sb = new StringBuilder(Names.member(c.key())).append(' ').append(c.type());
        if (c.collation() != null) {
            sb.append(" COLLATE ").append(Names.collation(c.collation()));
        }
        if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generated()).append(")")
                    .append(c.generatedStorage() == null ? " STORED" : " " + Names.word(c.generatedStorage(),
                            Set.of("VIRTUAL"), "generated column kind"));
        }
        if (c.identity() != null) {
            sb.append(" GENERATED ").append(Names.word(c.identity(), IDENTITIES, "identity")).append(" AS IDENTITY");
            String options = IdentityClauses.of(c.identityOptions());
            if (!options.isEmpty()) {
                sb.append(" (").append(options).append(')');
            }
        }
        if (c.defaultExpr() != null) {
            sb.append(" DEFAULT ").append(c.defaultExpr());
        }
        if (c.notNull() && c.notNullName() != null) {
            sb.append(" CONSTRAINT ").append(Sql.ident(c.notNullName())).append(" NOT NULL");
        } else if (c.notNull() && c.identity() == null) {
            sb.append(" NOT NULL");
        }
        return sb.toString();
    }

    /**
     * Storage, statistics target, compression, privileges and comment of a new column: not expressible inside
     * CREATE TABLE on every version.
     */
    static void extras(Column c, PlanContext plan, Direction direction) {
        if (c.storage() != null) {
            plan.step(Phase.CREATE, c.key(), "ALTER TABLE " + Names.rel(c.key()) + " ALTER COLUMN "
                    + Names.member(c.key()) + " SET STORAGE " + Names.word(c.storage(), STORAGES, "storage") + ";",
                    direction).needs(c.key());
        }
        if (c.statistics() != null) {
            plan.step(Phase.CREATE, c.key(), prefix(c.key()) + "SET STATISTICS " + c.statistics() + ";", direction)
                    .needs(c.key());
        }
        if (c.compression() != null) {
            plan.step(Phase.CREATE, c.key(), prefix(c.key()) + "SET COMPRESSION " + compression(c.compression()) + ";",
                    direction).needs(c.key());
        }
        Grants.changeOfColumn(plan, c.key(), List.of(), c.grants(), direction);
        Kinds.commentOnCreate(plan, c, direction);
    }

    private static String compression(String method) {
        return method == null ? "DEFAULT" : Names.word(method, COMPRESSIONS, "compression");
    }

    @Override
    public Step drop(Column c, PlanContext plan, Direction d) {
        ObjectKey k = c.key();
        return plan.step(Phase.DROP, k, "ALTER TABLE " + Names.rel(k) + " DROP COLUMN " + Names.member(k) + ";", d)
                .hazard(dropsItsData(k, renamedTo(c, plan)))
                .hazardIfAny(Locks.accessExclusive(plan, Members.relationOf(plan.from(), k), "dropping the column"));
    }

    @Override
    public Rebuild rebuild(Column f, Column t, int fromMajor) {
        if (!Objects.equals(f.generated(), t.generated()) && t.generated() != null
                && (f.generated() == null || fromMajor < 17)) {
            return Rebuild.DROP_AND_CREATE; // SET EXPRESSION exists from 17; DROP EXPRESSION keeps the values
        }
        if (f.generated() != null && t.generated() != null
                && !Objects.equals(f.generatedStorage(), t.generatedStorage())) {
            return Rebuild.DROP_AND_CREATE; // no ALTER turns a stored generated column into a virtual one (18)
        }
        return !f.type().equals(t.type()) || !Objects.equals(f.collation(), t.collation())
                ? Rebuild.RETYPE : Rebuild.IN_PLACE;
    }

    @Override
    public void alter(Column f, Column t, PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        ObjectKey table = Members.relationOf(plan.to(), k);
        String prefix = prefix(k);
        if (f.generated() != null && t.generated() == null) {
            plan.alter(Phase.ALTER, k, prefix + "DROP EXPRESSION;", d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "turning a generated column into a plain one"));
        } else if (f.generated() != null && !f.generated().equals(t.generated())) {
            plan.alter(Phase.ALTER, k, prefix + "SET EXPRESSION AS (" + t.generated() + ");", d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "changing a generation expression"))
                    .hazard(recomputes(table));
        }
        if (f.identity() != null && t.identity() == null) {
            Step s = plan.alter(Phase.ALTER, k, prefix + "DROP IDENTITY;", d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "dropping an identity"));
            Sequence serial = plan.to().sequenceOwnedBy(k);
            Step createSerial = serial == null ? null : plan.createStepOf(serial.key());
            if (createSerial != null) {
                // an identity turning into a serial: the identity's sequence (probably of the same name) goes
                // first; the column's use of the new sequence is its SET DEFAULT's, not this statement's
                createSerial.after(s);
                s.dependencyFilter(key -> !key.equals(serial.key()));
            }
        }
        boolean typeChanged = !f.type().equals(t.type()) || !Objects.equals(f.collation(), t.collation());
        if (typeChanged && !plan.decision().isRetypedByType(k)) {
            ColumnRetype.inPlace(f, t, plan, d);
        }
        if (!plan.decision().isDefaultReset(k) && !Objects.equals(f.defaultExpr(), t.defaultExpr())) {
            plan.alter(Phase.ALTER, k, prefix + (t.defaultExpr() == null ? "DROP DEFAULT;"
                    : "SET DEFAULT " + t.defaultExpr() + ";"), d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "changing a default"));
        }
        if (!f.notNull() && t.notNull() && (t.identity() == null || f.identity() == null)) {
            Step set = setNotNull(k, table, plan, d);
            String pgName = defaultNotNullName(k);
            if (t.notNullName() != null && !t.notNullName().equals(pgName)) {
                // SET NOT NULL names the constraint PostgreSQL's way; staging chose another name
                plan.alter(Phase.ALTER, k, "ALTER TABLE " + Names.rel(k) + " RENAME CONSTRAINT " + Sql.ident(pgName)
                        + " TO " + Sql.ident(t.notNullName()) + ";", d).after(set);
            }
        } else if (f.notNull() && !t.notNull() && t.identity() == null) {
            plan.alter(Phase.ALTER, k, prefix + "DROP NOT NULL;", d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "DROP NOT NULL"));
        }
        if (f.identity() == null && t.identity() != null) {
            String clauses = IdentityClauses.of(t.identityOptions());
            String options = clauses.isEmpty() ? "" : " (" + clauses + ")";
            Step s = plan.alter(Phase.ALTER, k, prefix + "ADD GENERATED "
                    + Names.word(t.identity(), IDENTITIES, "identity") + " AS IDENTITY" + options + ";", d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "adding an identity"));
            Sequence serial = plan.from().sequenceOwnedBy(k);
            if (serial != null) {
                // a serial turning into an identity: its sequence goes first, so the identity's gets the same
                // name; the column gave the serial up with its DROP DEFAULT, not with this statement
                s.afterDropOf(serial.key()).dependencyFilter(key -> !key.equals(serial.key()));
            }
        } else if (f.identity() != null && t.identity() != null) {
            List<String> actions = new ArrayList<>();
            if (!f.identity().equals(t.identity())) {
                actions.add("SET GENERATED " + Names.word(t.identity(), IDENTITIES, "identity"));
            }
            if (!Objects.equals(f.identityOptions(), t.identityOptions())) {
                actions.addAll(IdentityClauses.changes(f.identityOptions(), t.identityOptions()));
            }
            if (!actions.isEmpty()) {
                plan.alter(Phase.ALTER, k, prefix + String.join(" ", actions) + ";", d)
                        .hazardIfAny(Locks.accessExclusive(plan, table, "changing an identity"));
            }
        }
        if (!Objects.equals(f.storage(), t.storage())) {
            String storage = t.storage() != null ? Names.word(t.storage(), STORAGES, "storage")
                    : plan.from().major() >= 16 ? "DEFAULT" : defaultStorage(t.type());
            plan.alter(Phase.ALTER, k, prefix + "SET STORAGE " + storage + ";", d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "changing storage"));
        }
        if (!Objects.equals(f.statistics(), t.statistics())) {
            // SHARE UPDATE EXCLUSIVE: reads and writes go on
            plan.alter(Phase.ALTER, k, prefix + "SET STATISTICS " + (t.statistics() == null ? -1 : t.statistics())
                    + ";", d);
        }
        if (!Objects.equals(f.compression(), t.compression())) {
            // only values written from now on are compressed the new way: no rewrite
            plan.alter(Phase.ALTER, k, prefix + "SET COMPRESSION " + compression(t.compression()) + ";", d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "changing compression"));
        }
        // a partition's NOT NULL inherited from its parent reads without a name (like a default-named one) but
        // carries the parent's name, which it keeps when detached: there is nothing known to rename from
        boolean inheritedName = f.notNullName() == null && plan.from().get(Members.relationOf(plan.from(), k))
                instanceof Table owner && owner.partitionOf() != null;
        if (f.notNull() && t.notNull() && !inheritedName && !Objects.equals(f.notNullName(), t.notNullName())) {
            String old = f.notNullName() != null ? f.notNullName() : defaultNotNullName(k);
            String now = t.notNullName() != null ? t.notNullName() : defaultNotNullName(k);
            plan.alter(Phase.ALTER, k, "ALTER TABLE " + Names.rel(k) + " RENAME CONSTRAINT " + Sql.ident(old)
                    + " TO " + Sql.ident(now) + ";", d);
        }
        Grants.changeOfColumn(plan, k, f.grants(), t.grants(), d);
    }

    /**
     * SET NOT NULL without its full scan under an ACCESS EXCLUSIVE lock where possible: a validated
     * {@code CHECK (c IS NOT NULL)} production already has proves it (kept until the SET, dropped after only if
     * staging lacks it); online, such a check is added NOT VALID, validated on its own (reads and writes go on),
     * used, and dropped. Returns the SET NOT NULL step.
     */
    private static Step setNotNull(ObjectKey k, ObjectKey table, PlanContext plan, Direction d) {
        String prefix = prefix(k);
        ObjectKey proof = validatedNotNullCheck(k, table, plan.from());
        if (proof != null || plan.decision().isCreated(table)) {
            Step s = plan.alter(Phase.ALTER, k, prefix + "SET NOT NULL;", d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "SET NOT NULL (no scan: " + (proof == null
                            ? "the table is new" : "the validated check " + proof.member() + " proves it") + ")"));
            if (proof != null) {
                s.beforeDropOf(proof);
            }
            return s;
        }
        if (plan.online(table)) {
            String check = Names.member(ObjectKey.member(ObjectKind.CONSTRAINT, k.schema(), k.name(),
                    Partitions.name(k.name() + "_" + k.member(), "_pgdrift_not_null")));
            String alter = "ALTER TABLE " + Names.rel(k) + " ";
            Step add = plan.step(Phase.ALTER, k, alter + "ADD CONSTRAINT " + check + " CHECK (" + Names.member(k)
                    + " IS NOT NULL) NOT VALID;", d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "adding a NOT VALID check (no scan)"));
            Step validate = plan.step(Phase.ALTER, k, alter + "VALIDATE CONSTRAINT " + check + ";", d).after(add)
                    .ownTransaction().longRunning().hazard(ConstraintDdl.validatesOnline(table));
            Step set = plan.alter(Phase.ALTER, k, prefix + "SET NOT NULL;", d).after(validate)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "SET NOT NULL (no scan: the validated check "
                            + "proves it)"));
            plan.step(Phase.ALTER, k, alter + "DROP CONSTRAINT " + check + ";", d).after(set);
            return set;
        }
        return plan.alter(Phase.ALTER, k, prefix + "SET NOT NULL;", d)
                .hazardIfAny(Locks.accessExclusive(plan, table, "SET NOT NULL")).hazard(scansForNulls(k, table));
    }

    /** The name PostgreSQL 18 gives a column's NOT NULL constraint when none is chosen (its base cut to fit). */
    private static String defaultNotNullName(ObjectKey column) {
        return Partitions.name(column.name() + "_" + column.member(), "_not_null");
    }

    /** A validated {@code CHECK ((c IS NOT NULL))} on the table in production, or null. */
    private static ObjectKey validatedNotNullCheck(ObjectKey column, ObjectKey table, SnapshotIndex from) {
        String expected = "CHECK ((" + Names.member(column) + " IS NOT NULL))";
        for (SchemaObject member : from.members(table)) {
            if (member instanceof Constraint c && c.validated() && c.type().equals("CHECK")
                    && c.definition().equals(expected)) {
                return c.key();
            }
        }
        return null;
    }

    /** Takes a column's default off before what it uses changes ({@code DROP} phase) and puts TO's back. */
    static void resetDefault(ObjectKey k, PlanContext plan, Direction d) {
        Column before = (Column) plan.from().get(k);
        Column after = (Column) plan.to().get(k);
        Step drop = plan.step(Phase.DROP, k, prefix(k) + "DROP DEFAULT;", d).releases(k)
                .hazardIfAny(Locks.accessExclusive(plan, Members.relationOf(plan.from(), k), "changing a default"));
        if (after != null && after.defaultExpr() != null) {
            Step set = plan.step(Phase.CREATE, k, prefix(k) + "SET DEFAULT " + after.defaultExpr() + ";", d).needs(k);
            plan.to().dependencies(k).forEach(set::needs);
            set.hazardIfAny(Locks.accessExclusive(plan, Members.relationOf(plan.to(), k), "changing a default"));
        }
        if (before == null) {
            drop.withoutHazards();
        }
    }

    @Override
    public String commentTarget(Column c) {
        return "COLUMN " + Names.rel(c.key()) + "." + Names.member(c.key());
    }

    @Override
    public void dependencies(Column c, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        ObjectKey type = side.typeKey(c.type());
        if (type != null) {
            link.accept(c.key(), type);
        }
        if (c.defaultExpr() != null) {
            Matcher m = NEXTVAL.matcher(c.defaultExpr());
            while (m.find()) {
                ObjectKey sequence = side.sequenceKey(m.group(1).replace("''", "'"));
                if (sequence != null) {
                    link.accept(c.key(), sequence);
                }
            }
        }
    }

    static String prefix(ObjectKey k) {
        return "ALTER TABLE " + Names.rel(k) + " ALTER COLUMN " + Names.member(k) + " ";
    }

    /** Storage a type has when none is set, for servers before 16 that cannot say SET STORAGE DEFAULT. */
    private static String defaultStorage(String type) {
        String t = type.toLowerCase();
        if (t.endsWith("[]") || t.startsWith("text") || t.startsWith("character") || t.startsWith("bytea")
                || t.startsWith("json") || t.startsWith("xml") || t.startsWith("tsvector") || t.startsWith("bit varying")) {
            return "EXTENDED";
        }
        if (t.startsWith("numeric") || t.startsWith("inet") || t.startsWith("cidr")) {
            return "MAIN";
        }
        return "PLAIN";
    }
}
