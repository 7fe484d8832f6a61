package io.pgdrift.plan;

import io.pgdrift.model.ObjectKey;
import java.util.List;

/**
 * One DDL statement of a migration, complete and terminated with a semicolon.
 *
 * @param sql           the statement, every identifier and literal quoted
 * @param subject       the object it creates, alters or drops
 * @param direction     which side is ahead for the change it serves
 * @param hazards       what applying it risks; empty when nothing
 * @param transactional false for statements that cannot run inside a transaction block
 */
public record Statement(String sql, ObjectKey subject, Direction direction, List<Hazard> hazards,
                        boolean transactional) {
    public Statement {
        hazards = List.copyOf(hazards);
    }
}
