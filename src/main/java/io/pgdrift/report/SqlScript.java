package io.pgdrift.report;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Execution;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.plan.MigrationPlan;
import io.pgdrift.plan.Statement;
import java.time.Duration;
import java.util.List;

/**
 * Renders a {@link DriftReport} as a script that {@code psql -v ON_ERROR_STOP=1 -f} applies to FROM
 * (production) as is; an identical pair renders as the empty string. Every statement is preceded by comments
 * naming its direction, its subject and its hazards; catalog text in comments goes through {@link VisibleText}
 * so that a name holding a newline cannot end a comment and inject a statement.
 *
 * <p>Two shapes, after the plan's {@link MigrationOptions#mode()}:
 * <ul>
 * <li>online: {@code SET lock_timeout} first; each table's quick changes in a short {@code BEGIN; … COMMIT;} of
 * their own (so no transaction holds two tables' locks); statements that cannot run in a transaction, and
 * validations, on their own; {@code statement_timeout} short for quick statements and lifted for those that read
 * every row. A run that stops part-way leaves every committed step in place, and pgdrift run again writes the
 * rest.</li>
 * <li>transactional: consecutive statements in one {@code BEGIN; … COMMIT;} block, statements that cannot run in a
 * transaction between the blocks.</li>
 * </ul>
 */
public final class SqlScript {
    /** How the brief tells the reviewer to apply the script; never {@code --single-transaction}, see the class comment. */
    public static final String APPLY_COMMAND = "psql -v ON_ERROR_STOP=1 -f migration.sql";

    /**
     * statement_timeout of quick statements: once they hold their lock, catalog changes take milliseconds, so one
     * still running after this is not the change it was planned as, and is stopped before the queue behind its
     * lock grows.
     */
    static final String QUICK_TIMEOUT = "1min";
    /** statement_timeout of statements that read or write every row: none. */
    static final String NO_TIMEOUT = "0";

    private SqlScript() {
    }

    public static String render(DriftReport report) {
        if (report.identical()) {
            return "";
        }
        DriftSummary summary = new DriftSummary(report);
        BriefContext context = report.context();
        MigrationOptions options = options(report.plan());
        StringBuilder out = new StringBuilder();
        comment(out, "pgdrift migration · pair " + context.pair() + " · fingerprint " + report.fingerprint());
        comment(out, "apply to FROM (production): " + context.fromLabel() + " · "
                + DriftSummary.server(context.fromServer()));
        comment(out, "to match TO (staging): " + context.toLabel() + " · " + DriftSummary.server(context.toServer()));
        comment(out, summary.changesText() + " · " + summary.statementsText());
        comment(out, "run: " + APPLY_COMMAND);
        comment(out, modeNote(options));
        out.append('\n');
        out.append(statements(DriftSummary.statements(report.plan()), options));
        return out.toString();
    }

    static MigrationOptions options(MigrationPlan plan) {
        return plan == null ? MigrationOptions.DEFAULT : plan.options();
    }

    /** One sentence on how the script runs and what to do when it stops part-way. */
    static String modeNote(MigrationOptions options) {
        return switch (options.mode()) {
            case ONLINE -> "online: waits at most " + postgresDuration(options.lockTimeout()) + " for each lock, in "
                    + "short transactions; if it stops part-way, what ran stays applied: run pgdrift again for the "
                    + "rest (do not add --single-transaction)";
            case TRANSACTIONAL -> "one transaction: all or nothing, and every lock it takes is held until COMMIT";
        };
    }

    /**
     * The statements, annotated and grouped for the mode. Also the body of the Markdown brief's SQL blocks, so
     * what a reviewer reads is what runs.
     */
    static String statements(List<Statement> statements, MigrationOptions options) {
        if (statements.isEmpty()) {
            StringBuilder out = new StringBuilder();
            comment(out, "no statements: the differences need no DDL");
            return out.toString();
        }
        return switch (options.mode()) {
            case ONLINE -> online(statements, options);
            case TRANSACTIONAL -> transactional(statements);
        };
    }

    private static String transactional(List<Statement> statements) {
        StringBuilder out = new StringBuilder();
        boolean inTransaction = false;
        for (Statement statement : statements) {
            if (statement.transactional() && !inTransaction) {
                out.append("BEGIN;\n\n");
                inTransaction = true;
            } else if (!statement.transactional() && inTransaction) {
                out.append("COMMIT;\n\n");
                inTransaction = false;
            }
            annotate(out, statement, false);
            out.append(statement.sql().stripTrailing()).append("\n\n");
        }
        if (inTransaction) {
            out.append("COMMIT;\n");
        }
        return out.toString();
    }

    private static String online(List<Statement> statements, MigrationOptions options) {
        StringBuilder out = new StringBuilder();
        out.append("SET lock_timeout = '").append(postgresDuration(options.lockTimeout())).append("';\n");
        out.append("SET statement_timeout = '").append(QUICK_TIMEOUT).append("';\n\n");
        String timeout = QUICK_TIMEOUT;
        boolean inTransaction = false;
        ObjectKey held = null;
        for (Statement statement : statements) {
            boolean grouped = statement.execution() == Execution.IN_TRANSACTION;
            boolean otherTable = statement.locks() != null && held != null && !held.equals(statement.locks());
            if (inTransaction && (!grouped || otherTable)) {
                out.append("COMMIT;\n\n");
                inTransaction = false;
                held = null;
            }
            if (grouped && !inTransaction) {
                out.append("BEGIN;\n\n");
                inTransaction = true;
            }
            if (grouped && statement.locks() != null) {
                held = statement.locks();
            }
            String wanted = statement.longRunning() ? NO_TIMEOUT : QUICK_TIMEOUT;
            if (!wanted.equals(timeout)) {
                out.append("SET statement_timeout = '").append(wanted).append("';\n\n");
                timeout = wanted;
            }
            annotate(out, statement, true);
            out.append(statement.sql().stripTrailing()).append("\n\n");
        }
        if (inTransaction) {
            out.append("COMMIT;\n");
        }
        return out.toString();
    }

    /** {@code 5s}, {@code 1500ms}, {@code 2min}: the units PostgreSQL reads in time settings. */
    static String postgresDuration(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 60_000 == 0) {
            return millis / 60_000 + "min";
        }
        return millis % 1000 == 0 ? millis / 1000 + "s" : millis + "ms";
    }

    private static void annotate(StringBuilder out, Statement statement, boolean online) {
        String where = switch (statement.execution()) {
            case IN_TRANSACTION -> "";
            case OWN_TRANSACTION -> online ? " · runs in a transaction of its own" : "";
            case OUTSIDE_TRANSACTION -> " · runs outside a transaction";
        };
        comment(out, DriftSummary.direction(statement.direction()) + " · " + statement.subject() + where
                + (online && statement.longRunning() ? " · no statement_timeout: it reads every row" : ""));
        for (Hazard hazard : statement.hazards()) {
            comment(out, "hazard, " + hazard.kind().label() + ": " + hazard.sizedDetail());
            if (hazard.saferPath() != null) {
                comment(out, "  safer path: " + hazard.saferPath());
            }
        }
    }

    private static void comment(StringBuilder out, String text) {
        out.append("-- ").append(VisibleText.of(text)).append('\n');
    }
}
