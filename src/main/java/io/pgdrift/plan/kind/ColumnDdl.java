package io.pgdrift.plan.kind;

import io.pgdrift.model.Column;
import io.pgdrift.model.CompositeType;
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
import java.util.Optional;
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
        if (c.notNull() && !c.notNullNotValid() && c.defaultExpr() == null) {
            return new Hazard(HazardKind.VALIDATION_SCAN, "a NOT NULL column without a default fails when "
                    + table.display() + " has rows", "add it nullable, backfill, then SET NOT NULL");
        }
        return null;
    }

    static Hazard recomputes(ObjectKey table) {
        return new Hazard(HazardKind.TABLE_REWRITE, "recomputes the column for every row of " + table.display(), null);
    }

    @Override
    public Class<Column> type() {
        return Column.class;
    }

    @Override
    public Step create(Column c, PlanContext plan, Direction direction) {
        ObjectKey k = c.key();
        ObjectKey table = Members.relationOf(plan.to(), k);
        Optional<CompositeType.Attribute> cascaded = TypedTables.cascadedAttribute(c, plan);
        if (cascaded.isPresent()) {
            return addedByType(c, cascaded.get(), plan, direction);
        }
        Step step = plan.step(Phase.CREATE, k, "ALTER TABLE " + Names.rel(k) + " ADD COLUMN " + definition(c) + ";",
                direction).needs(table);
        if (!plan.decision().isCreated(table)) {
            step.hazardIfAny(Locks.accessExclusive(plan, table, "adding a column"))
                    .hazardIfAny(addCost(c, table, plan.to()));
        }
        extras(c, plan, direction);
        return step;
    }

    /**
     * A typed table's column that its type's {@code ADD ATTRIBUTE ... CASCADE} adds: a comment where the column
     * would be added, after the type's change, then what the table sets on it beyond the attribute (default,
     * NOT NULL, storage, privileges, comment) as changes of that column.
     */
    private Step addedByType(Column c, CompositeType.Attribute attribute, PlanContext plan, Direction d) {
        ObjectKey type = ((Table) plan.to().get(Members.relationOf(plan.to(), c.key()))).ofType();
        // in the ALTER phase, like the type's change and before the changes below (same subject: creation order)
        Step added = plan.step(Phase.ALTER, c.key(), "-- " + Names.rel(c.key()) + "." + Names.member(c.key())
                + " is added by ALTER TYPE " + Names.rel(type) + " ... CASCADE above", d).needs(type);
        Column asAdded = new Column(c.key(), c.position(), attribute.type(), false, null, null, null, null,
                attribute.collation(), null, null, null, null, null, List.of(), List.of(), null, null, null);
        alter(asAdded, c, plan, d);
        Kinds.commentOnCreate(plan, c, d);
        return added;
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
            sb.append(" GENERATED ").append(Names.word(c.identity(), IDENTITIES, "identity")).append(" AS IDENTITY")
                    .append(IdentityClauses.clause(c));
        }
        if (c.defaultExpr() != null) {
            sb.append(" DEFAULT ").append(c.defaultExpr());
        }
        if (c.notNullNotValid()) {
            return sb.toString(); // CREATE TABLE would make it valid: added NOT VALID after (NotNulls.createNotValid)
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
        NotNulls.createNotValid(c, plan, direction);
        ColumnStorage.create(c, plan, direction);
        Grants.changeOfColumn(plan, c.key(), List.of(), c.grants(), direction);
        Kinds.commentOnCreate(plan, c, direction);
    }

    @Override
    public Step drop(Column c, PlanContext plan, Direction d) {
        ObjectKey k = c.key();
        Optional<ObjectKey> type = TypedTables.droppingType(c, plan);
        // a typed table's column goes with its type's DROP ATTRIBUTE ... CASCADE, which waits for this step
        String sql = type.isPresent() ? "-- " + Names.rel(k) + "." + Names.member(k) + " is dropped by ALTER TYPE "
                + Names.rel(type.get()) + " ... CASCADE below"
                : "ALTER TABLE " + Names.rel(k) + " DROP COLUMN " + Names.member(k) + ";";
        return plan.step(Phase.DROP, k, sql, d)
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
            Optional<ObjectKey> byType = TypedTables.retypingType(f, t, plan);
            if (byType.isPresent()) {
                ColumnRetype.byType(f, t, byType.get(), plan, d);
            } else {
                ColumnRetype.inPlace(f, t, plan, d);
            }
        }
        if (!plan.decision().isDefaultReset(k) && !Objects.equals(f.defaultExpr(), t.defaultExpr())) {
            plan.alter(Phase.ALTER, k, prefix + (t.defaultExpr() == null ? "DROP DEFAULT;"
                    : "SET DEFAULT " + t.defaultExpr() + ";"), d)
                    .hazardIfAny(Locks.accessExclusive(plan, table, "changing a default"));
        }
        NotNulls.setOrDrop(f, t, table, plan, d);
        if (f.identity() == null && t.identity() != null) {
            Step s = plan.alter(Phase.ALTER, k, prefix + "ADD GENERATED "
                    + Names.word(t.identity(), IDENTITIES, "identity") + " AS IDENTITY" + IdentityClauses.clause(t) + ";", d)
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
            if (!Objects.equals(f.identitySequence(), t.identitySequence())) {
                plan.alter(Phase.ALTER, k, IdentityClauses.rename(f, t), d);
            }
        }
        ColumnStorage.storage(f, t, table, plan, d);
        ColumnStorage.statisticsAndCompression(f, t, table, plan, d);
        NotNulls.rename(f, t, plan, d);
        Grants.changeOfColumn(plan, k, f.grants(), t.grants(), d);
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
}
