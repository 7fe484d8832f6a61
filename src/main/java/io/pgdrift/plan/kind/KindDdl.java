package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.plan.Direction;
import java.util.function.BiConsumer;

/**
 * Everything the plan knows about one object kind: its CREATE, DROP and in-place ALTER statements with their
 * hazards, when a change cannot be made in place ({@link #rebuild}), the dependencies the catalog leaves
 * implicit ({@link #dependencies}), and which dropped object takes it along ({@link #droppedWith}). One
 * implementation per {@link io.pgdrift.model.ObjectKind}, picked by {@link Kinds#of}.
 *
 * <p>Implementations are stateless singletons. They write statements through the {@link PlanContext} they are
 * given, and say on each {@link Step} what it creates, drops, alters and needs; the orchestration turns that
 * into the order. They never decide whether their object is dropped or created: {@link Decision} says so.
 *
 * @param <T> the model record of the kind
 */
public interface KindDdl<T extends SchemaObject> {

    /** The model record of this kind. */
    Class<T> type();

    /** Creates the object, with what belongs to it (grants, comment, enabled state); returns the main step. */
    Step create(T object, PlanContext plan, Direction direction);

    /** The DROP statement and its hazards. */
    Step drop(T object, PlanContext plan, Direction direction);

    /**
     * The narrowest statements that turn {@code from} into {@code to} in place; called when {@link #rebuild}
     * is {@link Rebuild#IN_PLACE}, {@link Rebuild#RETYPE} or {@link Rebuild#REPLACE_TYPE} (comments are the
     * orchestration's job).
     */
    void alter(T from, T to, PlanContext plan, Direction direction);

    /** How a change from {@code from} to {@code to} must be carried out; {@code fromMajor} is production's major. */
    default Rebuild rebuild(T from, T to, int fromMajor) {
        return Rebuild.IN_PLACE;
    }

    /** What follows {@code COMMENT ON}. */
    String commentTarget(T object);

    /**
     * Dependencies that {@code pg_depend} does not record but the order needs ({@code link(dependent, referenced)}),
     * beyond a member's on its owner and an object's on its schema, which every kind has.
     */
    default void dependencies(T object, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
    }

    /** The dropped object whose DROP takes this one along (a column with its table), or null. */
    default ObjectKey droppedWith(T object, SnapshotIndex from, Decision decision) {
        return Members.droppedOwner(object.key(), from, decision);
    }

    // ---- the same, for an object known only as a SchemaObject of this kind ------------------------------

    default Step createObject(SchemaObject object, PlanContext plan, Direction direction) {
        return create(type().cast(object), plan, direction);
    }

    default Step dropObject(SchemaObject object, PlanContext plan, Direction direction) {
        return drop(type().cast(object), plan, direction);
    }

    default void alterObject(SchemaObject from, SchemaObject to, PlanContext plan, Direction direction) {
        alter(type().cast(from), type().cast(to), plan, direction);
    }

    default Rebuild rebuildOf(SchemaObject from, SchemaObject to, int fromMajor) {
        return rebuild(type().cast(from), type().cast(to), fromMajor);
    }

    default String commentTargetOf(SchemaObject object) {
        return commentTarget(type().cast(object));
    }

    default void dependenciesOf(SchemaObject object, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        dependencies(type().cast(object), side, link);
    }

    default ObjectKey droppedWithOf(SchemaObject object, SnapshotIndex from, Decision decision) {
        return droppedWith(type().cast(object), from, decision);
    }
}
