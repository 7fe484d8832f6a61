package io.pgdrift.plan;

import io.pgdrift.diff.Change;
import io.pgdrift.model.Column;
import io.pgdrift.model.DomainType;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.plan.kind.Decision;
import io.pgdrift.plan.kind.KindDdl;
import io.pgdrift.plan.kind.Kinds;
import io.pgdrift.plan.kind.Members;
import io.pgdrift.plan.kind.NotNulls;
import io.pgdrift.plan.kind.Ownership;
import io.pgdrift.plan.kind.PlanContext;
import io.pgdrift.plan.kind.Resets;
import io.pgdrift.plan.kind.SnapshotIndex;
import io.pgdrift.plan.kind.Step;
import io.pgdrift.plan.kind.Step.Phase;
import io.pgdrift.plan.kind.TypeReplacement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the statements of one migration in phases, from the {@link Decision} of what is dropped, created
 * and reset: the drops, the creates, the in-place changes of every other altered object, recreated types and
 * reset defaults; each through the object's {@link KindDdl}. Then puts them in dependency order.
 */
final class MigrationBuilder implements PlanContext {

    private final SnapshotIndex from;
    private final SnapshotIndex to;
    private final List<Change> changes;
    private final Decision decision;
    private final List<Step> steps = new ArrayList<>();
    private final Map<ObjectKey, Step> dropStep = new HashMap<>();
    private final Map<ObjectKey, Step> createStep = new HashMap<>();

    private final MigrationOptions options;

    /** A builder for the default options (online). */
    MigrationBuilder(SnapshotIndex from, SnapshotIndex to, List<Change> changes) {
        this(from, to, changes, MigrationOptions.DEFAULT);
    }

    MigrationBuilder(SnapshotIndex from, SnapshotIndex to, List<Change> changes, MigrationOptions options) {
        this.from = from;
        this.to = to;
        this.changes = changes;
        this.options = options;
        this.decision = Decider.decide(from, to, changes);
    }

    /** The statements in the order they must run, and how many dependency cycles had to be broken. */
    record Result(List<Statement> statements, int brokenCycles) {
        Result {
            statements = List.copyOf(statements);
        }
    }

    Result build() {
        emitDrops();
        emitCreates();
        emitAlters();
        emitTypeRecreations();
        emitDefaultResets();
        return order();
    }

    // ---- the context the kind classes write through ----------------------------------------------------

    @Override
    public SnapshotIndex from() {
        return from;
    }

    @Override
    public SnapshotIndex to() {
        return to;
    }

    @Override
    public Decision decision() {
        return decision;
    }

    @Override
    public Step step(Phase phase, ObjectKey subject, String sql, Direction direction) {
        Step step = new Step(steps.size(), phase, subject, sql, direction);
        steps.add(step);
        return step;
    }

    @Override
    public MigrationOptions options() {
        return options;
    }

    @Override
    public Step dropStepOf(ObjectKey key) {
        return dropStep.get(key);
    }

    @Override
    public Step createStepOf(ObjectKey key) {
        return createStep.get(key);
    }

    @Override
    public void createdBy(ObjectKey member, Step step) {
        createStep.put(member, step);
    }

    // ---- drops ----------------------------------------------------------------------------------------

    /** One DROP per dropped object, except for those a dropped owner takes along (its step drops them too). */
    private void emitDrops() {
        Map<ObjectKey, ObjectKey> takenAlongBy = new LinkedHashMap<>();
        for (Map.Entry<ObjectKey, Direction> e : decision.dropped().entrySet()) {
            SchemaObject object = from.get(e.getKey());
            KindDdl<?> ddl = Kinds.of(object.kind());
            ObjectKey owner = ddl.droppedWithOf(object, from, decision);
            if (owner != null) {
                takenAlongBy.put(e.getKey(), owner);
            } else {
                dropStep.put(e.getKey(), ddl.dropObject(object, this, e.getValue()).drops(e.getKey()));
            }
        }
        for (Map.Entry<ObjectKey, ObjectKey> e : takenAlongBy.entrySet()) {
            ObjectKey root = e.getValue();
            while (takenAlongBy.containsKey(root)) {
                root = takenAlongBy.get(root);
            }
            Step step = dropStep.get(root);
            if (step != null) {
                step.drops(e.getKey());
                dropStep.put(e.getKey(), step);
            }
        }
    }

    // ---- creates --------------------------------------------------------------------------------------

    private void emitCreates() {
        List<ObjectKey> keys = new ArrayList<>(decision.created().keySet());
        keys.sort(Comparator.comparing(ObjectKey::kind).thenComparing(Comparator.naturalOrder()));
        for (ObjectKey key : keys) {
            if (createStep.containsKey(key)) {
                continue; // written inline with its table
            }
            SchemaObject object = to.get(key);
            if (object != null) {
                create(object, decision.created().get(key));
            }
        }
    }

    private void create(SchemaObject object, Direction direction) {
        Step main = Kinds.of(object.kind()).createObject(object, this, direction).creates(object.key());
        createStep.put(object.key(), main);
        Ownership.onCreate(this, object, direction);
    }

    // ---- in-place changes -----------------------------------------------------------------------------

    private void emitAlters() {
        for (Change change : changes) {
            if (change instanceof Change.Altered a && !decision.isDropped(a.key()) && !decision.isCreated(a.key())
                    && !decision.isTypeRecreated(a.key())) {
                alter(a.from(), a.to(), Direction.STAGING_AHEAD);
                Ownership.onAlter(this, a, Direction.STAGING_AHEAD);
            }
        }
        for (ObjectKey key : decision.becomingLocal()) {
            Column now = (Column) to.get(key);
            Column parent = Decider.inheritedFrom(from, now);
            Column before = new Column(key, now.position(), parent.type(), parent.notNull(), parent.defaultExpr(),
                    parent.identity(), parent.identityOptions(), parent.generated(), parent.collation(),
                    parent.storage(), parent.generatedStorage(), NotNulls.carriedByChild(parent, from.major()),
                    parent.statistics(),
                    parent.compression(), parent.options(), parent.grants(), parent.comment());
            alter(before, now, Direction.STAGING_AHEAD);
        }
        for (Map.Entry<ObjectKey, Direction> e : decision.domainResets().entrySet()) {
            if (!decision.isTypeRecreated(e.getKey()) && !decision.isDropped(e.getKey())) {
                Resets.domain((DomainType) from.get(e.getKey()), (DomainType) to.get(e.getKey()), this,
                        e.getValue());
            }
        }
    }

    private void alter(SchemaObject before, SchemaObject after, Direction direction) {
        Kinds.of(after.kind()).alterObject(before, after, this, direction);
        if (!Objects.equals(before.comment(), after.comment())) {
            step(Phase.CREATE, after.key(), Kinds.comment(after, after.comment()), direction).needs(after.key());
        }
    }

    // ---- recreated types and column defaults ----------------------------------------------------------

    private void emitTypeRecreations() {
        for (Map.Entry<ObjectKey, Direction> e : decision.typeRecreations().entrySet()) {
            ObjectKey k = e.getKey();
            Direction direction = e.getValue();
            Step rename = TypeReplacement.renameOld(k, this, direction);
            SchemaObject after = to.get(k);
            if (after == null) {
                continue;
            }
            if (!decision.isCreated(k)) {
                create(after, direction);
            }
            List<String> lost = TypeReplacement.lostLabels(from.get(k), after, createStep.get(k));
            Step dropOld = TypeReplacement.dropOld(k, this, direction);
            for (Map.Entry<ObjectKey, Direction> c : decision.retypedByType().entrySet()) {
                Column fromColumn = (Column) from.get(c.getKey());
                if (!k.equals(from.typeKey(fromColumn.type()))) {
                    continue;
                }
                Column toColumn = (Column) to.get(c.getKey());
                if (toColumn == null || decision.isDropped(c.getKey())) {
                    continue;
                }
                dropOld.after(TypeReplacement.moveColumn(toColumn, this, c.getValue(), lost).needs(k));
            }
            for (ObjectKey dependent : from.dependents(k)) {
                Step d = dropStep.get(dependent);
                if (d != null) {
                    rename.after(d);
                }
            }
        }
    }

    private void emitDefaultResets() {
        for (Map.Entry<ObjectKey, Direction> e : decision.defaultResets().entrySet()) {
            ObjectKey k = e.getKey();
            if (!decision.isDropped(k) && !decision.isDropped(Members.relationOf(from, k))) {
                Resets.columnDefault(k, this, e.getValue());
            }
        }
    }

    // ---- order ----------------------------------------------------------------------------------------

    private Result order() {
        StepOrder order = new StepOrder(from, to);
        List<Step> ordered = order.sort(steps);
        // SQL-language bodies are checked at CREATE time against tables pg_depend does not link them to;
        // like pg_dump, the script turns the check off rather than guess an order for them
        List<Statement> statements = new ArrayList<>(ordered.size() + 1);
        ordered.stream().filter(s -> s.subject().kind() == ObjectKind.FUNCTION && s.sql().startsWith("CREATE OR REPLACE "))
                .findFirst()
                .ifPresent(first -> statements.add(new Statement("SET check_function_bodies = false;", first.subject(),
                        first.direction(), List.of(), true)));
        ordered.forEach(s -> statements.add(s.toStatement()));
        return new Result(statements, order.brokenCycles());
    }
}
