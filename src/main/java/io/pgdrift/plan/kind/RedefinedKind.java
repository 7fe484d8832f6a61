package io.pgdrift.plan.kind;

import io.pgdrift.model.SchemaObject;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.kind.Step.Phase;

/**
 * A kind whose definition PostgreSQL cannot alter (text search parsers and templates, operator classes): only
 * its comment changes in place, anything else drops it and creates it again ({@link Redefined}); it is dropped
 * by the name {@link #commentTarget} gives.
 *
 * @param <T> the model record of the kind
 */
interface RedefinedKind<T extends SchemaObject> extends KindDdl<T> {

    @Override
    default Step drop(T object, PlanContext plan, Direction direction) {
        return plan.step(Phase.DROP, object.key(), "DROP " + commentTarget(object) + ";", direction);
    }

    @Override
    default Rebuild rebuild(T from, T to, int fromMajor) {
        return Redefined.unlessOnlyComment(from, to);
    }

    @Override
    default void alter(T from, T to, PlanContext plan, Direction direction) {
        // nothing but the comment changes in place, and comments are the orchestration's job
    }
}
