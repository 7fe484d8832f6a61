package io.pgdrift.report;

import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.Statement;
import java.util.List;

/**
 * Renders a {@link DriftReport} as a script that {@code psql -v ON_ERROR_STOP=1 -f} applies to FROM
 * (production) as is; an identical pair renders as the empty string. Consecutive transactional statements
 * run in one {@code BEGIN; … COMMIT;} block, statements that cannot run in a transaction (such as
 * {@code CREATE INDEX CONCURRENTLY}) between the blocks. Every statement is preceded by comments naming its
 * direction, its subject and its hazards; catalog text in comments goes through {@link VisibleText} so that a
 * name holding a newline cannot end a comment and inject a statement.
 */
public final class SqlScript {
    private SqlScript() {
    }

    public static String render(DriftReport report) {
        if (report.identical()) {
            return "";
        }
        DriftSummary summary = new DriftSummary(report);
        BriefContext context = report.context();
        StringBuilder out = new StringBuilder();
        comment(out, "pgdrift migration · pair " + context.pair() + " · fingerprint " + report.fingerprint());
        comment(out, "apply to FROM (production): " + context.fromLabel() + " · "
                + DriftSummary.server(context.fromServer()));
        comment(out, "to match TO (staging): " + context.toLabel() + " · " + DriftSummary.server(context.toServer()));
        comment(out, summary.changesText() + " · " + summary.statementsText());
        comment(out, "run: psql -v ON_ERROR_STOP=1 -f migration.sql");
        out.append('\n');
        out.append(statements(DriftSummary.statements(report.plan())));
        return out.toString();
    }

    /**
     * The statements, annotated and grouped into transactions. Also the body of the Markdown brief's SQL
     * blocks, so what a reviewer reads is what runs.
     */
    static String statements(List<Statement> statements) {
        StringBuilder out = new StringBuilder();
        if (statements.isEmpty()) {
            comment(out, "no statements: the differences need no DDL");
            return out.toString();
        }
        boolean inTransaction = false;
        for (Statement statement : statements) {
            if (statement.transactional() && !inTransaction) {
                out.append("BEGIN;\n\n");
                inTransaction = true;
            } else if (!statement.transactional() && inTransaction) {
                out.append("COMMIT;\n\n");
                inTransaction = false;
            }
            annotate(out, statement);
            out.append(statement.sql().stripTrailing()).append("\n\n");
        }
        if (inTransaction) {
            out.append("COMMIT;\n");
        }
        return out.toString();
    }

    private static void annotate(StringBuilder out, Statement statement) {
        comment(out, DriftSummary.direction(statement.direction()) + " · " + statement.subject()
                + (statement.transactional() ? "" : " · runs outside a transaction"));
        for (Hazard hazard : statement.hazards()) {
            comment(out, "hazard, " + hazard.kind().label() + ": " + hazard.detail());
            if (hazard.saferPath() != null) {
                comment(out, "  safer path: " + hazard.saferPath());
            }
        }
    }

    private static void comment(StringBuilder out, String text) {
        out.append("-- ").append(VisibleText.of(text)).append('\n');
    }
}
