package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.MigrationOptions;
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

    /** The mode the migration is written for, and its lock timeout. */
    MigrationOptions options();

    /**
     * True when statements on {@code relation} are written in their online form: the mode is online and the
     * relation is one production has and keeps (a new relation has no rows and no readers to spare).
     */
    default boolean online(ObjectKey relation) {
        return options().online() && from().contains(relation) && !decision().isCreated(relation)
                && !decision().isDropped(relation);
    }

    /** Production's major version: what the safer paths may use. */
    default int major() {
        return from().major();
    }

    /** A new statement. */
    Step step(Phase phase, ObjectKey subject, String sql, Direction direction);

    /** A new statement that changes {@code subject} in place: it alters and releases {@code subject}. */
    default Step alter(Phase phase, ObjectKey subject, String sql, Direction direction) {
        return step(phase, subject, sql, direction).alters(subject).releases(subject);
    }

    /**
     * A statement about {@code subject} that is part of creating it (in the CREATE phase: after it) or, in any
     * other phase, a change of it in place.
     */
    default Step alterOrFollowCreate(Phase phase, ObjectKey subject, String sql, Direction direction) {
        return phase == Phase.CREATE ? step(phase, subject, sql, direction).needs(subject)
                : alter(phase, subject, sql, direction);
    }

    /** The step that drops {@code key}, or null when this migration does not drop it. */
    Step dropStepOf(ObjectKey key);

    /** The step that creates {@code key}, or null when this migration does not create it (yet). */
    Step createStepOf(ObjectKey key);

    /** {@code member} is created by {@code step} (a column written inside CREATE TABLE). */
    void createdBy(ObjectKey member, Step step);
}
