package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.kind.Step.Phase;

/**
 * What a kind class sees of the plan being built: both snapshots, the decision of what is dropped and created,
 * and the one way to add a statement. Implemented by the orchestration.
 */
public interface PlanContext {

    /** Production, the side the migration applies to. */
    SnapshotIndex from();

    /** Staging, the side the migration leads to. */
    SnapshotIndex to();

    Decision decision();

    /** A new statement. */
    Step step(Phase phase, ObjectKey subject, String sql, Direction direction);

    /** A new statement that changes {@code subject} in place: it alters and releases {@code subject}. */
    default Step alter(Phase phase, ObjectKey subject, String sql, Direction direction) {
        return step(phase, subject, sql, direction).alters(subject).releases(subject);
    }

    /** The step that creates {@code key}, or null when this migration does not create it (yet). */
    Step createStepOf(ObjectKey key);

    /** {@code member} is created by {@code step} (a column written inside CREATE TABLE). */
    void createdBy(ObjectKey member, Step step);
}
