package io.pgdrift.plan;

import java.util.List;

/**
 * The migration that takes FROM (production) to TO (staging), in dependency order, and for what exists only
 * in production the statements that would instead back-port it into staging.
 *
 * @param statements every statement, in the order they must run; applied to FROM, FROM equals TO
 * @param backport   statements that would create production-only objects in staging (not part of the migration)
 * @param options    the mode the statements were written for, and the lock timeout the script sets
 */
public record MigrationPlan(List<Statement> statements, List<Statement> backport, MigrationOptions options) {
    public MigrationPlan {
        statements = List.copyOf(statements);
        backport = List.copyOf(backport);
        if (options == null) {
            options = MigrationOptions.DEFAULT;
        }
    }

    /** A plan written for the default options (online, 5 s lock timeout). */
    public MigrationPlan(List<Statement> statements, List<Statement> backport) {
        this(statements, backport, MigrationOptions.DEFAULT);
    }

    /** No statements, as for an identical pair. */
    public static MigrationPlan empty(MigrationOptions options) {
        return new MigrationPlan(List.of(), List.of(), options);
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }
}
