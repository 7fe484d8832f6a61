package io.pgdrift.plan;

import io.pgdrift.model.ObjectKey;
import java.util.List;

/**
 * One DDL statement of a migration, complete and terminated with a semicolon.
 *
 * @param sql         the statement, every identifier and literal quoted
 * @param subject     the object it creates, alters or drops
 * @param direction   which side is ahead for the change it serves
 * @param hazards     what applying it risks; empty when nothing
 * @param execution   where it runs: in a short transaction, committed on its own, or outside any transaction
 * @param longRunning true when it reads or writes every row (index build, validation, rewrite, ANALYZE): the
 *                    online script lifts {@code statement_timeout} for it
 * @param locks       the existing relation whose lock it takes (null when it locks none, or only objects this
 *                    migration creates): the online script never holds two of these in one transaction
 */
public record Statement(String sql, ObjectKey subject, Direction direction, List<Hazard> hazards,
                        Execution execution, boolean longRunning, ObjectKey locks) {
    public Statement {
        hazards = List.copyOf(hazards);
        if (execution == null) {
            execution = Execution.IN_TRANSACTION;
        }
    }

    /** A quick statement: in a transaction when {@code transactional}, else outside any. */
    public Statement(String sql, ObjectKey subject, Direction direction, List<Hazard> hazards, boolean transactional) {
        this(sql, subject, direction, hazards,
                transactional ? Execution.IN_TRANSACTION : Execution.OUTSIDE_TRANSACTION, false, null);
    }

    /** False for statements that cannot run inside a transaction block. */
    public boolean transactional() {
        return execution != Execution.OUTSIDE_TRANSACTION;
    }

    public Statement withDirection(Direction newDirection) {
        return new Statement(sql, subject, newDirection, hazards, execution, longRunning, locks);
    }

    public Statement withLocks(ObjectKey relation) {
        return new Statement(sql, subject, direction, hazards, execution, longRunning, relation);
    }

    public Statement withHazards(List<Hazard> newHazards) {
        return new Statement(sql, subject, direction, newHazards, execution, longRunning, locks);
    }
}
