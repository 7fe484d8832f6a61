package io.pgdrift.plan;

import java.util.List;

/**
 * The migration that takes FROM (production) to TO (staging), in dependency order, and for what exists only
 * in production the statements that would instead back-port it into staging.
 *
 * @param statements every statement, in the order they must run; applied to FROM, FROM equals TO
 * @param backport   statements that would create production-only objects in staging (not part of the migration)
 */
public record MigrationPlan(List<Statement> statements, List<Statement> backport) {
    public MigrationPlan {
        statements = List.copyOf(statements);
        backport = List.copyOf(backport);
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }
}
