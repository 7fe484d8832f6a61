package io.pgdrift.plan;

import io.pgdrift.diff.Change;
import io.pgdrift.model.Column;
import io.pgdrift.model.CompositeType;
import io.pgdrift.model.Constraint;
import io.pgdrift.model.DomainType;
import io.pgdrift.model.EnumType;
import io.pgdrift.model.EventTrigger;
import io.pgdrift.model.Extension;
import io.pgdrift.model.Function;
import io.pgdrift.model.Grant;
import io.pgdrift.model.Index;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Policy;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Sequence;
import io.pgdrift.model.Table;
import io.pgdrift.model.Trigger;
import io.pgdrift.model.View;
import io.pgdrift.plan.Step.Phase;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * Builds the statements of one migration: decides what is dropped, created, recreated and altered (including
 * dependents that must be dropped and recreated around a change they do not show themselves), writes the
 * statements with their hazards, and puts them in dependency order.
 */
final class MigrationBuilder {


    private final SnapshotIndex from;
    private final SnapshotIndex to;
    private final List<Change> changes;
    private final List<Step> steps = new ArrayList<>();

    private final Map<ObjectKey, Direction> dropped;
    private final Map<ObjectKey, Direction> created;
    private final Map<ObjectKey, Direction> retypedByType;
    private final Map<ObjectKey, Direction> typeRecreations;
    private final Map<ObjectKey, Direction> defaultResets;
    private final Map<ObjectKey, Direction> domainResets;
    private final Set<ObjectKey> inheritedColumnsBecomingLocal;
    private final Decisions decisions;

    private final Map<ObjectKey, Step> dropStep = new HashMap<>();
    private final Map<ObjectKey, Step> createStep = new HashMap<>();
    private final Map<ObjectKey, List<Step>> recreatedTypeSteps = new HashMap<>();
    private int brokenCycles;
    private Map<String, ObjectKey> newTablesBySignature;
    private Map<ObjectKey, Sequence> fromSequencesByOwner;
    private Map<ObjectKey, Sequence> toSequencesByOwner;

    MigrationBuilder(SnapshotIndex from, SnapshotIndex to, List<Change> changes) {
        this.from = from;
        this.to = to;
        this.changes = changes;
        this.decisions = new Decisions(from, to, changes);
        this.dropped = decisions.dropped;
        this.created = decisions.created;
        this.retypedByType = decisions.retypedByType;
        this.typeRecreations = decisions.typeRecreations;
        this.defaultResets = decisions.defaultResets;
        this.domainResets = decisions.domainResets;
        this.inheritedColumnsBecomingLocal = decisions.inheritedColumnsBecomingLocal;
    }

    int brokenCycles() {
        return brokenCycles;
    }

    List<Statement> build() {
        decisions.decide();
        emitDrops();
        emitCreates();
        emitAlters();
        emitTypeRecreations();
        emitDefaultResets();
        return order();
    }

    // ---- steps --------------------------------------------------------------------------------------

    private Step step(Phase phase, ObjectKey subject, String sql, Direction direction) {
        Step step = new Step(steps.size(), phase, subject, sql, direction);
        steps.add(step);
        return step;
    }

    /** An in-place change of {@code subject}: after what it needs, before what it stops referencing is dropped. */
    private Step alter(Phase phase, ObjectKey subject, String sql, Direction direction) {
        Step step = step(phase, subject, sql, direction);
        step.alters.add(subject);
        step.releases.add(subject);
        return step;
    }

    /** The relation (table, view, matview) of a member, or the object itself. */
    private static ObjectKey relationOf(SnapshotIndex side, ObjectKey key) {
        if (Decisions.MEMBER_KINDS.contains(key.kind())) {
            ObjectKey owner = side.owner(key);
            return owner == null ? ObjectKey.of(ObjectKind.TABLE, key.schema(), key.name()) : owner;
        }
        return key;
    }

    /** True when the relation is created by this migration: statements on it lock or scan nothing that matters. */
    private boolean isNew(ObjectKey relation) {
        return created.containsKey(relation);
    }

    private void lock(Step step, ObjectKey relation, String what) {
        if (!isNew(relation)) {
            step.hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, what + " takes an ACCESS EXCLUSIVE lock on "
                    + relation.display() + ", blocking reads and writes while it runs");
        }
    }

    // ---- drops --------------------------------------------------------------------------------------

    private void emitDrops() {
        Map<ObjectKey, ObjectKey> absorbedBy = new LinkedHashMap<>();
        Map<ObjectKey, Sequence> owned = from.sequencesByOwner();
        Map<ObjectKey, ObjectKey> sequenceOwner = new HashMap<>();
        owned.forEach((column, sequence) -> sequenceOwner.put(sequence.key(), column));
        for (ObjectKey key : dropped.keySet()) {
            ObjectKey absorber = absorber(key, sequenceOwner);
            if (absorber != null) {
                absorbedBy.put(key, absorber);
            } else {
                dropStep.put(key, dropStatement(from.get(key), dropped.get(key)));
            }
        }
        for (Map.Entry<ObjectKey, ObjectKey> e : absorbedBy.entrySet()) {
            ObjectKey root = e.getValue();
            while (absorbedBy.containsKey(root)) {
                root = absorbedBy.get(root);
            }
            Step step = dropStep.get(root);
            if (step != null) {
                step.drops.add(e.getKey());
                dropStep.put(e.getKey(), step);
            }
        }
    }

    /** The dropped object whose DROP takes this one along, or null. */
    private ObjectKey absorber(ObjectKey key, Map<ObjectKey, ObjectKey> sequenceOwner) {
        if (from.get(key) instanceof Constraint c && c.references() != null && dropped.containsKey(c.references())
                && !c.references().equals(from.owner(key))) {
            return null; // dropped on its own first, so that tables referencing each other can go in any order
        }
        if (Decisions.MEMBER_KINDS.contains(key.kind())) {
            ObjectKey owner = from.owner(key);
            if (owner != null && dropped.containsKey(owner)) {
                return owner;
            }
        }
        SchemaObject object = from.get(key);
        if (object instanceof Table t && t.partitionOf() != null && dropped.containsKey(t.partitionOf())) {
            return t.partitionOf();
        }
        if (object instanceof Sequence) {
            ObjectKey column = sequenceOwner.get(key);
            if (column != null) {
                if (dropped.containsKey(column)) {
                    return column;
                }
                ObjectKey table = from.owner(column);
                if (table != null && dropped.containsKey(table)) {
                    return table;
                }
            }
        }
        return null;
    }

    private Step dropStatement(SchemaObject object, Direction direction) {
        ObjectKey k = object.key();
        Step step = step(Phase.DROP, k, Ddl.drop(object), direction);
        step.drops.add(k);
        switch (k.kind()) {
            case TABLE -> {
                step.hazard(HazardKind.DATA_LOSS, "drops table " + k.display() + " and every row in it", renameHint(k));
                step.hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "takes an ACCESS EXCLUSIVE lock on " + k.display());
            }
            case COLUMN -> {
                step.hazard(HazardKind.DATA_LOSS, "drops column " + k.member() + " of " + k.qualifiedRelation()
                        + " and its data", null);
                lock(step, relationOf(from, k), "dropping the column");
            }
            case SEQUENCE -> step.hazard(HazardKind.DATA_LOSS, "drops sequence " + k.display()
                    + " and its current value", null);
            case MATERIALIZED_VIEW -> step.hazard(HazardKind.DATA_LOSS, "drops materialized view " + k.display()
                    + " and its stored rows (recreating it runs its query again)", null);
            case EXTENSION -> step.hazard(HazardKind.DATA_LOSS, "drops extension " + k.display()
                    + " and every object it created", null);
            case INDEX -> step.hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "takes an ACCESS EXCLUSIVE lock on "
                    + relationOf(from, k).display(), "DROP INDEX CONCURRENTLY (outside a transaction)");
            case CONSTRAINT, TRIGGER, POLICY -> lock(step, relationOf(from, k), "dropping it");
            case VIEW -> step.hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "takes an ACCESS EXCLUSIVE lock on "
                    + k.display() + "; queries on it fail until it is recreated");
            default -> {
            }
        }
        return step;
    }

    /** For a dropped table, a table created by the same migration with the same columns: probably a rename. */
    private String renameHint(ObjectKey table) {
        if (newTablesBySignature == null) {
            newTablesBySignature = new HashMap<>();
            for (ObjectKey candidate : created.keySet()) {
                if (candidate.kind() == ObjectKind.TABLE && !from.contains(candidate)) {
                    newTablesBySignature.putIfAbsent(columnSignature(to, candidate), candidate);
                }
            }
        }
        String signature = columnSignature(from, table);
        ObjectKey candidate = signature.isEmpty() ? null : newTablesBySignature.get(signature);
        if (candidate == null) {
            return null;
        }
        return "if " + candidate.display() + " is this table renamed, use ALTER TABLE " + Ddl.rel(table)
                + " RENAME TO " + Sql.ident(candidate.name()) + " instead to keep the rows";
    }

    private static String columnSignature(SnapshotIndex side, ObjectKey table) {
        StringBuilder sb = new StringBuilder();
        for (Column c : side.columns(table)) {
            sb.append(c.key().member()).append(' ').append(c.type()).append(';');
        }
        return sb.toString();
    }

    // ---- creates ------------------------------------------------------------------------------------

    private void emitCreates() {
        List<ObjectKey> keys = new ArrayList<>(created.keySet());
        keys.sort(Comparator.comparing(ObjectKey::kind).thenComparing(Comparator.naturalOrder()));
        for (ObjectKey key : keys) {
            if (createStep.containsKey(key)) {
                continue; // written inline with its table
            }
            SchemaObject object = to.get(key);
            if (object != null) {
                create(object, created.get(key));
            }
        }
    }

    private void create(SchemaObject object, Direction direction) {
        ObjectKey k = object.key();
        Step main;
        if (object instanceof SchemaDef s) {
            main = step(Phase.SETUP, k, "CREATE SCHEMA " + Sql.ident(k.schema()) + ";", direction);
            grants(object, List.of(), s.grants(), direction);
        } else if (object instanceof Extension e) {
            main = step(Phase.SETUP, k, Ddl.createExtension(e), direction);
        } else if (object instanceof EnumType e) {
            main = step(Phase.CREATE, k, Ddl.createEnum(e), direction);
        } else if (object instanceof DomainType d) {
            main = step(Phase.CREATE, k, Ddl.createDomain(d, true), direction);
            for (DomainType.DomainCheck check : d.checks()) {
                if (!check.validated()) {
                    step(Phase.CREATE, k, Ddl.addDomainCheck(d, check), direction).needs.add(k);
                }
            }
        } else if (object instanceof CompositeType c) {
            main = step(Phase.CREATE, k, Ddl.createComposite(c), direction);
        } else if (object instanceof Sequence s) {
            main = step(Phase.CREATE, k, Ddl.createSequence(s), direction);
            if (s.ownedBy() != null) {
                ownedBy(k, s.ownedBy(), direction);
            }
            grants(object, List.of(), s.grants(), direction);
        } else if (object instanceof Table t) {
            main = createTable(t, direction);
        } else if (object instanceof Column c) {
            main = addColumn(c, direction);
        } else if (object instanceof Constraint c) {
            main = addConstraint(c, direction);
        } else if (object instanceof Index i) {
            main = createIndex(i, direction);
        } else if (object instanceof View v) {
            main = step(Phase.CREATE, k, Ddl.createView(v), direction);
            grants(object, List.of(), v.grants(), direction);
        } else if (object instanceof Function f) {
            main = step(Phase.CREATE, k, Ddl.createFunction(f), direction);
            grants(object, implicitGrants(f), f.grants(), direction);
        } else if (object instanceof Trigger t) {
            main = step(Phase.CREATE, k, t.definition().stripTrailing() + ";", direction);
            ObjectKey relation = relationOf(to, k);
            if (!isNew(relation)) {
                main.hazard(HazardKind.BLOCKS_WRITES, "takes a SHARE ROW EXCLUSIVE lock on " + relation.display()
                        + ", blocking writes while it runs");
            }
            if (t.enabled() != null && !t.enabled().equals("ORIGIN")) {
                step(Phase.CREATE, k, Ddl.triggerEnable(k, t.enabled()), direction);
            }
        } else if (object instanceof EventTrigger e) {
            main = step(Phase.CREATE, k, Ddl.createEventTrigger(e), direction);
            if (e.enabled() != null && !e.enabled().equals("ORIGIN")) {
                step(Phase.CREATE, k, Ddl.eventTriggerEnable(e), direction);
            }
        } else {
            Policy p = (Policy) object;
            main = step(Phase.CREATE, k, Ddl.createPolicy(p), direction);
            lock(main, relationOf(to, k), "creating a policy");
        }
        main.creates.add(k);
        createStep.put(k, main);
        if (object.comment() != null && !(object instanceof Table) && !(object instanceof Column)) {
            step(Phase.CREATE, k, Ddl.comment(object, object.comment()), direction).needs.add(k);
        }
    }

    /** Privileges a new object has before any GRANT: functions are executable by PUBLIC. */
    private static List<Grant> implicitGrants(Function f) {
        return List.of(new Grant(Grant.PUBLIC, "EXECUTE", false));
    }

    private void grants(SchemaObject object, List<Grant> before, List<Grant> after, Direction direction) {
        String target = Ddl.grantTarget(object);
        for (String sql : Ddl.grantChanges(target, before, after)) {
            step(Phase.CREATE, object.key(), sql, direction).needs.add(object.key());
        }
    }

    private Step createTable(Table t, Direction direction) {
        ObjectKey k = t.key();
        List<String> lines = new ArrayList<>();
        List<Column> inlineColumns = new ArrayList<>();
        if (t.partitionOf() == null) {
            for (Column c : to.columns(k)) {
                lines.add(Ddl.columnDefinition(c));
                inlineColumns.add(c);
            }
        }
        List<Constraint> inlineConstraints = new ArrayList<>();
        for (SchemaObject member : to.members(k)) {
            if (member instanceof Constraint c && created.containsKey(c.key()) && c.references() == null
                    && c.validated() && !c.type().equals("FOREIGN KEY")) {
                lines.add("CONSTRAINT " + Ddl.member(c.key()) + " " + c.definition());
                inlineConstraints.add(c);
            }
        }
        StringBuilder sql = new StringBuilder("CREATE ").append(t.unlogged() ? "UNLOGGED " : "").append("TABLE ")
                .append(Ddl.rel(k));
        if (t.partitionOf() != null) {
            sql.append(" PARTITION OF ").append(Ddl.rel(t.partitionOf()));
        }
        if (!lines.isEmpty() || t.partitionOf() == null) {
            sql.append(" (");
            if (!lines.isEmpty()) {
                sql.append("\n    ").append(String.join(",\n    ", lines)).append('\n');
            }
            sql.append(')');
        }
        if (t.partitionOf() != null) {
            sql.append(' ').append(t.partitionBound());
        }
        if (!t.inherits().isEmpty()) {
            sql.append(" INHERITS (").append(String.join(", ", t.inherits().stream().map(Ddl::rel).toList())).append(')');
        }
        if (t.partitionKey() != null) {
            sql.append(" PARTITION BY ").append(t.partitionKey());
        }
        sql.append(Ddl.withOptions(t.options())).append(';');
        Step main = step(Phase.CREATE, k, sql.toString(), direction);
        if (t.partitionOf() != null) {
            main.needs.add(t.partitionOf());
        }
        t.inherits().forEach(main.needs::add);
        for (Column c : inlineColumns) {
            main.creates.add(c.key());
            createStep.put(c.key(), main);
        }
        for (Constraint c : inlineConstraints) {
            main.creates.add(c.key());
            createStep.put(c.key(), main);
        }
        if (t.rowSecurity()) {
            alter(Phase.CREATE, k, "ALTER TABLE " + Ddl.rel(k) + " ENABLE ROW LEVEL SECURITY;", direction);
        }
        if (t.forceRowSecurity()) {
            alter(Phase.CREATE, k, "ALTER TABLE " + Ddl.rel(k) + " FORCE ROW LEVEL SECURITY;", direction);
        }
        if (t.comment() != null) {
            step(Phase.CREATE, k, Ddl.comment(t, t.comment()), direction).needs.add(k);
        }
        for (Column c : inlineColumns) {
            columnExtras(c, direction);
        }
        for (Constraint c : inlineConstraints) {
            if (c.comment() != null) {
                step(Phase.CREATE, c.key(), Ddl.comment(c, c.comment()), direction).needs.add(c.key());
            }
        }
        grants(t, List.of(), t.grants(), direction);
        return main;
    }

    /** Storage and comment of a new column: not expressible inside CREATE TABLE on every version. */
    private void columnExtras(Column c, Direction direction) {
        if (c.storage() != null) {
            step(Phase.CREATE, c.key(), "ALTER TABLE " + Ddl.rel(c.key()) + " ALTER COLUMN " + Ddl.member(c.key())
                    + " SET STORAGE " + Ddl.word(c.storage(), Set.of("PLAIN", "EXTERNAL", "EXTENDED", "MAIN"), "storage")
                    + ";", direction).needs.add(c.key());
        }
        if (c.comment() != null) {
            step(Phase.CREATE, c.key(), Ddl.comment(c, c.comment()), direction).needs.add(c.key());
        }
    }

    private Step addColumn(Column c, Direction direction) {
        ObjectKey k = c.key();
        ObjectKey table = relationOf(to, k);
        Step step = step(Phase.CREATE, k, "ALTER TABLE " + Ddl.rel(k) + " ADD COLUMN " + Ddl.columnDefinition(c) + ";",
                direction);
        step.needs.add(table);
        if (!isNew(table)) {
            lock(step, table, "adding a column");
            if (c.generated() != null) {
                step.hazard(HazardKind.TABLE_REWRITE, "computes the stored generated column for every row, "
                        + "rewriting " + table.display(), null);
            } else if (c.identity() != null) {
                step.hazard(HazardKind.TABLE_REWRITE, "fills the identity column for every row, rewriting "
                        + table.display(), null);
            } else if (c.defaultExpr() != null && Volatility.mayBeVolatile(c.defaultExpr())) {
                step.hazard(HazardKind.TABLE_REWRITE, "the default " + c.defaultExpr() + " may be volatile: "
                        + "every row gets its own value, rewriting " + table.display(),
                        "add the column without a default, set the default, then backfill in batches");
            } else if (c.notNull() && c.defaultExpr() == null) {
                step.hazard(HazardKind.VALIDATION_SCAN, "a NOT NULL column without a default fails when "
                        + table.display() + " has rows", "add it nullable, backfill, then SET NOT NULL");
            }
        }
        columnExtras(c, direction);
        return step;
    }

    private Step addConstraint(Constraint c, Direction direction) {
        ObjectKey k = c.key();
        ObjectKey table = relationOf(to, k);
        boolean foreignKey = c.type().equals("FOREIGN KEY");
        boolean notValidAllowed = foreignKey || c.type().equals("CHECK");
        String sql = "ALTER TABLE " + Ddl.rel(k) + " ADD CONSTRAINT " + Ddl.member(k) + " " + c.definition()
                + (!c.validated() && notValidAllowed ? " NOT VALID" : "") + ";";
        Step step = step(foreignKey ? Phase.LATE : Phase.CREATE, k, sql, direction);
        step.needs.add(table);
        if (c.references() != null) {
            step.needs.add(c.references());
        }
        boolean fresh = isNew(table) && (c.references() == null || isNew(c.references()));
        if (!fresh) {
            switch (c.type()) {
                case "FOREIGN KEY", "CHECK" -> {
                    if (c.validated()) {
                        step.hazard(HazardKind.VALIDATION_SCAN, "checks every row of " + table.display()
                                + (foreignKey ? " against " + c.references().display() : "") + " while holding its lock",
                                "add it NOT VALID, then ALTER TABLE " + Ddl.rel(k) + " VALIDATE CONSTRAINT "
                                        + Ddl.member(k) + " in a separate transaction");
                    }
                    if (foreignKey) {
                        step.hazard(HazardKind.BLOCKS_WRITES, "takes SHARE ROW EXCLUSIVE locks on " + table.display()
                                + " and " + c.references().display(), null);
                    } else {
                        lock(step, table, "adding a constraint");
                    }
                }
                default -> {
                    lock(step, table, "adding a constraint");
                    step.hazard(HazardKind.BLOCKS_WRITES, "builds an index on " + table.display()
                            + " while holding the lock", c.type().equals("EXCLUDE") ? null
                            : "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT " + Ddl.member(k) + " "
                                    + c.type() + " USING INDEX");
                }
            }
        }
        return step;
    }

    private Step createIndex(Index index, Direction direction) {
        ObjectKey k = index.key();
        ObjectKey relation = relationOf(to, k);
        Step step = step(Phase.CREATE, k, Ddl.createIndex(index), direction);
        step.needs.add(relation);
        if (!isNew(relation)) {
            step.hazard(HazardKind.BLOCKS_WRITES, "builds the index while holding a SHARE lock on " + relation.display()
                    + ", blocking writes", "CREATE INDEX CONCURRENTLY (outside a transaction)");
        }
        return step;
    }

    private void ownedBy(ObjectKey sequence, ObjectKey column, Direction direction) {
        String owner = column == null ? "NONE" : Ddl.rel(column) + "." + Ddl.member(column);
        Step step = step(Phase.LATE, sequence, "ALTER SEQUENCE " + Ddl.rel(sequence) + " OWNED BY " + owner + ";",
                direction);
        step.needs.add(sequence);
        if (column != null) {
            step.needs.add(column);
        }
    }

    // ---- alters -------------------------------------------------------------------------------------

    private void emitAlters() {
        for (Change change : changes) {
            if (change instanceof Change.Altered a && !dropped.containsKey(a.key()) && !created.containsKey(a.key())
                    && !typeRecreations.containsKey(a.key())) {
                new Alterations(this).alter(a.from(), a.to(), Direction.STAGING_AHEAD);
            }
        }
        for (ObjectKey key : inheritedColumnsBecomingLocal) {
            Column now = (Column) to.get(key);
            Column parent = Decisions.inheritedFrom(from, now);
            Column before = new Column(key, now.position(), parent.type(), parent.notNull(), parent.defaultExpr(),
                    parent.identity(), parent.identityOptions(), parent.generated(), parent.collation(),
                    parent.storage(), parent.comment());
            new Alterations(this).alter(before, now, Direction.STAGING_AHEAD);
        }
        for (Map.Entry<ObjectKey, Direction> e : domainResets.entrySet()) {
            if (!typeRecreations.containsKey(e.getKey()) && !dropped.containsKey(e.getKey())) {
                new Alterations(this).resetDomain((DomainType) from.get(e.getKey()), (DomainType) to.get(e.getKey()),
                        e.getValue());
            }
        }
    }

    // package-private hooks for Alterations

    SnapshotIndex from() {
        return from;
    }

    SnapshotIndex to() {
        return to;
    }

    Step newStep(Phase phase, ObjectKey subject, String sql, Direction direction) {
        return step(phase, subject, sql, direction);
    }

    Step newAlter(Phase phase, ObjectKey subject, String sql, Direction direction) {
        return alter(phase, subject, sql, direction);
    }

    void lockHazard(Step step, ObjectKey relation, String what) {
        lock(step, relation, what);
    }

    boolean created(ObjectKey key) {
        return created.containsKey(key);
    }

    boolean dropped(ObjectKey key) {
        return dropped.containsKey(key);
    }

    boolean defaultReset(ObjectKey column) {
        return defaultResets.containsKey(column);
    }

    boolean retypedByType(ObjectKey column) {
        return retypedByType.containsKey(column);
    }

    /** The FROM sequence OWNED BY a column (a serial's), or null. */
    Sequence ownedSequence(ObjectKey column) {
        if (fromSequencesByOwner == null) {
            fromSequencesByOwner = from.sequencesByOwner();
        }
        return fromSequencesByOwner.get(column);
    }

    /** The step that creates an object, or null when this migration does not create it. */
    Step createStepOf(ObjectKey key) {
        return createStep.get(key);
    }

    /** The TO sequence OWNED BY a column, or null. */
    Sequence newOwnedSequence(ObjectKey column) {
        if (toSequencesByOwner == null) {
            toSequencesByOwner = to.sequencesByOwner();
        }
        return toSequencesByOwner.get(column);
    }

    boolean domainReset(ObjectKey domain) {
        return domainResets.containsKey(domain);
    }

    void grantsOf(SchemaObject object, List<Grant> before, List<Grant> after, Direction direction) {
        grants(object, before, after, direction);
    }

    void sequenceOwnedBy(ObjectKey sequence, ObjectKey column, Direction direction) {
        ownedBy(sequence, column, direction);
    }

    static ObjectKey relation(SnapshotIndex side, ObjectKey key) {
        return relationOf(side, key);
    }

    // ---- recreated types and column defaults --------------------------------------------------------

    private void emitTypeRecreations() {
        for (Map.Entry<ObjectKey, Direction> e : typeRecreations.entrySet()) {
            ObjectKey k = e.getKey();
            SchemaObject before = from.get(k);
            SchemaObject after = to.get(k);
            Direction direction = e.getValue();
            String word = k.kind() == ObjectKind.DOMAIN ? "DOMAIN" : "TYPE";
            String oldName = temporaryName(k.name());
            Step rename = alter(Phase.ALTER, k, "ALTER " + word + " " + Ddl.rel(k) + " RENAME TO " + Sql.ident(oldName)
                    + ";", direction);
            rename.releases.clear();
            if (after == null) {
                continue;
            }
            if (!created.containsKey(k)) {
                create(after, direction);
            }
            List<String> lost = new ArrayList<>();
            if (before instanceof EnumType fe && after instanceof EnumType te) {
                fe.labels().stream().filter(l -> !te.labels().contains(l)).forEach(lost::add);
                if (!lost.isEmpty()) {
                    createStep.get(k).hazard(HazardKind.DATA_LOSS, "labels " + String.join(", ", lost) + " of "
                            + k.display() + " are removed: rows holding them make the column conversion fail",
                            "update those rows to a remaining label first");
                }
            }
            Step dropOld = step(Phase.LATE, k, "DROP " + word + " " + Sql.qualified(k.schema(), oldName) + ";", direction);
            recreatedTypeSteps.computeIfAbsent(k, x -> new ArrayList<>()).add(dropOld);
            for (Map.Entry<ObjectKey, Direction> c : retypedByType.entrySet()) {
                Column fromColumn = (Column) from.get(c.getKey());
                if (!k.equals(from.typeKey(fromColumn.type()))) {
                    continue;
                }
                Column toColumn = (Column) to.get(c.getKey());
                if (toColumn == null || dropped.containsKey(c.getKey())) {
                    continue;
                }
                Step retype = new Alterations(this).retypeThroughText(fromColumn, toColumn, c.getValue(), lost);
                retype.needs.add(k);
                dropOld.after.add(retype);
            }
            for (ObjectKey dependent : from.dependents(k)) {
                Step d = dropStep.get(dependent);
                if (d != null) {
                    rename.after.add(d);
                }
            }
        }
    }

    private static String temporaryName(String name) {
        String suffix = "_pgdrift_old";
        String base = name;
        while (base.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + suffix.length() > 63) {
            base = base.substring(0, base.length() - 1);
        }
        return base + suffix;
    }

    private void emitDefaultResets() {
        for (Map.Entry<ObjectKey, Direction> e : defaultResets.entrySet()) {
            ObjectKey k = e.getKey();
            if (dropped.containsKey(k) || dropped.containsKey(relationOf(from, k))) {
                continue;
            }
            Column before = (Column) from.get(k);
            Column after = (Column) to.get(k);
            Step drop = step(Phase.DROP, k, "ALTER TABLE " + Ddl.rel(k) + " ALTER COLUMN " + Ddl.member(k)
                    + " DROP DEFAULT;", e.getValue());
            drop.releases.add(k);
            lock(drop, relationOf(from, k), "changing a default");
            if (after != null && after.defaultExpr() != null) {
                Step set = step(Phase.CREATE, k, "ALTER TABLE " + Ddl.rel(k) + " ALTER COLUMN " + Ddl.member(k)
                        + " SET DEFAULT " + after.defaultExpr() + ";", e.getValue());
                set.needs.add(k);
                set.needs.addAll(to.dependencies(k));
                lock(set, relationOf(to, k), "changing a default");
            }
            if (before == null) {
                drop.hazards.clear();
            }
        }
    }

    // ---- order --------------------------------------------------------------------------------------

    private List<Statement> order() {
        StepOrder order = new StepOrder(from, to);
        List<Step> ordered = order.sort(steps);
        brokenCycles = order.brokenCycles();
        // SQL-language bodies are checked at CREATE time against tables pg_depend does not link them to;
        // like pg_dump, the script turns the check off rather than guess an order for them
        List<Statement> statements = new ArrayList<>(ordered.size() + 1);
        ordered.stream().filter(s -> s.subject.kind() == ObjectKind.FUNCTION && s.sql.startsWith("CREATE OR REPLACE "))
                .findFirst()
                .ifPresent(first -> statements.add(new Statement("SET check_function_bodies = false;", first.subject,
                        first.direction, List.of(), true)));
        ordered.forEach(s -> statements.add(s.toStatement()));
        return statements;
    }
}
