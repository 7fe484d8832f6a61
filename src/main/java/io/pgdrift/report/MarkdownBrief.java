package io.pgdrift.report;

import io.pgdrift.diff.AttributeChange;
import io.pgdrift.diff.Change;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.plan.Statement;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Renders a {@link DriftReport} as the migration brief a reviewer approves: header line, summary table,
 * migration, production-ahead section, hazards, change list and the footer the ticket stage finds again.
 * An identical pair renders as the empty string.
 *
 * <p>Every catalog string is escaped ({@link Markdown}); fenced blocks get a fence longer than any backtick
 * run inside. Big drifts are abridged (summary by kind, the first rows, a count of the rest, the SQL cut with
 * a pointer to the attached {@code migration.sql}); {@code --format sql} is always complete.
 */
public final class MarkdownBrief {
    /** Above this many changes the brief summarises instead of listing every row. */
    public static final int BIG_DRIFT = 200;
    /** Heading of the change-list section; the ticket stage reads the {@code text} block under it. */
    public static final String CHANGE_LIST_HEADING = "### Change list";
    static final int ROWS_WHEN_BIG = 50;
    static final int MAX_SQL_STATEMENTS = 200;
    static final int MAX_SQL_CHARS = 40_000;
    static final int MAX_HAZARD_ROWS = 100;
    static final int MAX_CHANGE_LINES = 2_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final Pattern PLAIN_PAIR = Pattern.compile("[A-Za-z0-9._-]+");

    private MarkdownBrief() {
    }

    public static String render(DriftReport report) {
        if (report.identical()) {
            return "";
        }
        DriftSummary summary = new DriftSummary(report);
        StringBuilder md = new StringBuilder();
        header(md, report, summary);
        summaryTable(md, report, summary);
        MigrationOptions options = SqlScript.options(report.plan());
        migration(md, DriftSummary.statements(report.plan()), options);
        productionAhead(md, report, summary, options);
        hazards(md, DriftSummary.statements(report.plan()));
        changeList(md, report.changes());
        notCompared(md, report.context().notCompared());
        md.append(footer(report.context().pair(), report.fingerprint())).append('\n');
        return md.toString();
    }

    /** The last line of every brief: {@code pgdrift · pair app · fingerprint 3f2a9c01abcd}. */
    public static String footer(String pair, String fingerprint) {
        String shown = PLAIN_PAIR.matcher(pair).matches() ? pair : Markdown.text(pair);
        return "pgdrift · pair " + shown + " · fingerprint " + fingerprint;
    }

    private static void header(StringBuilder md, DriftReport report, DriftSummary summary) {
        BriefContext context = report.context();
        md.append("**Schema drift** in pair ").append(Markdown.text(context.pair())).append(": ")
                .append(side("production", context.fromLabel())).append(" (")
                .append(DriftSummary.server(context.fromServer())).append(") → ")
                .append(side("staging", context.toLabel())).append(" (")
                .append(DriftSummary.server(context.toServer())).append(')');
        if (context.generatedAt() != null) {
            md.append(" · ").append(TIME.format(context.generatedAt()));
        }
        md.append(" · ").append(summary.changesText()).append(", ").append(summary.statementsText()).append("\n\n");
        if (report.changes().size() > BIG_DRIFT) {
            md.append("This is a big drift, so the brief is abridged: it lists ").append(ROWS_WHEN_BIG).append(" of ")
                    .append(summary.changes()).append(" changes in the summary and at most ")
                    .append(MAX_SQL_STATEMENTS).append(" statements; the complete migration (")
                    .append(DriftSummary.plural(summary.statements, "statement"))
                    .append(") is in the attached `migration.sql`.\n\n");
        }
    }

    private static String side(String role, String label) {
        return label == null || label.equals(role) ? role : role + " " + Markdown.code(label, false);
    }

    private static void summaryTable(StringBuilder md, DriftReport report, DriftSummary summary) {
        md.append("### Summary\n\n");
        List<Change> changes = report.changes();
        boolean big = changes.size() > BIG_DRIFT;
        if (big) {
            kindTable(md, changes);
        }
        md.append("| Object | Change | Direction | Hazards |\n| --- | --- | --- | --- |\n");
        NewTables folded = NewTables.of(changes);
        List<Change> shownChanges = changes.stream().filter(c -> !folded.isFolded(c)).toList();
        int rows = big ? Math.min(ROWS_WHEN_BIG, shownChanges.size()) : shownChanges.size();
        for (Change change : shownChanges.subList(0, rows)) {
            List<HazardKind> hazards = summary.hazards(change.key());
            md.append("| ").append(change.key().kind().label()).append(' ')
                    .append(Markdown.code(change.key().display(), true))
                    .append(" | ").append(changeText(change)).append(folded.members(change.key()))
                    .append(" | ").append(DriftSummary.direction(summary.direction(change)))
                    .append(" | ").append(hazards.isEmpty() ? "—"
                            : hazards.stream().map(HazardKind::label).collect(Collectors.joining(", ")))
                    .append(" |\n");
        }
        if (rows < shownChanges.size()) {
            md.append("\n… and ").append(shownChanges.size() - rows).append(" more rows (see the change list).\n");
        }
        md.append('\n');
    }

    private static void kindTable(StringBuilder md, List<Change> changes) {
        Map<ObjectKind, int[]> counts = new EnumMap<>(ObjectKind.class);
        for (Change change : changes) {
            counts.computeIfAbsent(change.key().kind(), k -> new int[3])[ChangeType.of(change).ordinal()]++;
        }
        md.append("| Kind | Added | Removed | Altered |\n| --- | ---: | ---: | ---: |\n");
        counts.forEach((kind, n) -> md.append("| ").append(kind.label()).append(" | ").append(n[0]).append(" | ")
                .append(n[1]).append(" | ").append(n[2]).append(" |\n"));
        md.append('\n');
    }

    private static String changeText(Change change) {
        ChangeType type = ChangeType.of(change);
        if (type != ChangeType.ALTERED) {
            return type.word;
        }
        return "altered: " + ChangeType.attributes(change).stream().map(AttributeChange::name)
                .map(Markdown::text).collect(Collectors.joining(", "));
    }

    private static void migration(StringBuilder md, List<Statement> statements, MigrationOptions options) {
        md.append("### Migration: production → staging\n\n")
                .append("Apply to production with `").append(SqlScript.APPLY_COMMAND).append("`. ")
                .append(applyNote(options)).append("\n\n");
        sqlBlock(md, statements, options);
    }

    /** What the reviewer needs to know about running the script in its mode. */
    static String applyNote(MigrationOptions options) {
        return switch (options.mode()) {
            case ONLINE -> "It is written for a live database: each statement waits at most "
                    + SqlScript.postgresDuration(options.lockTimeout()) + " for its lock, indexes are built "
                    + "`CONCURRENTLY` outside any transaction, and the rest runs in short transactions, so do not "
                    + "add `--single-transaction`. If it stops part-way, what ran stays applied: run pgdrift again "
                    + "and apply the rest.";
            case TRANSACTIONAL -> "It runs as one transaction: all or nothing, holding every lock it takes until "
                    + "`COMMIT` (for small or quiet databases).";
        };
    }

    private static void productionAhead(StringBuilder md, DriftReport report, DriftSummary summary,
                                        MigrationOptions options) {
        List<Statement> removing = DriftSummary.statements(report.plan()).stream()
                .filter(s -> s.direction() == Direction.PRODUCTION_AHEAD).toList();
        List<Statement> backport = DriftSummary.backport(report.plan());
        if (summary.productionAhead == 0 && removing.isEmpty() && backport.isEmpty()) {
            return;
        }
        md.append("### Production ahead\n\n")
                .append("Production is ahead on ").append(DriftSummary.plural(summary.productionAhead, "change"))
                .append(": objects that exist or differ only there (a fix applied by hand?). The migration above "
                        + "removes them; to keep them instead, back-port them to staging.\n\n");
        List<Statement> losing = removing.stream()
                .filter(s -> s.hazards().stream().anyMatch(h -> h.kind() == HazardKind.DATA_LOSS)).toList();
        if (!losing.isEmpty()) {
            md.append("**Removing these loses data:**\n\n");
            for (Statement statement : losing) {
                for (Hazard hazard : statement.hazards()) {
                    if (hazard.kind() == HazardKind.DATA_LOSS) {
                        md.append("- ").append(subject(statement)).append(": ").append(Markdown.text(hazard.sizedDetail()))
                                .append('\n');
                    }
                }
            }
            md.append('\n');
        }
        if (!removing.isEmpty()) {
            md.append("Removes them from production (part of the migration above):\n\n");
            sqlBlock(md, removing, options);
        }
        if (!backport.isEmpty()) {
            md.append("Back-ports them to staging instead:\n\n");
            sqlBlock(md, backport, options);
        }
    }

    private static void hazards(StringBuilder md, List<Statement> statements) {
        md.append("### Hazards\n\n");
        List<HazardList.Entry> entries = HazardList.of(statements);
        int shown = Math.min(entries.size(), MAX_HAZARD_ROWS);
        for (HazardList.Entry entry : entries.subList(0, shown)) {
            Hazard hazard = entry.hazard();
            md.append("- **").append(hazard.kind().label()).append("** · ").append(subject(entry.statement()))
                    .append(": ").append(Markdown.text(hazard.sizedDetail()));
            if (hazard.saferPath() != null) {
                md.append(" — safer path: ").append(Markdown.text(hazard.saferPath()));
            }
            md.append('\n');
        }
        if (entries.isEmpty()) {
            md.append("No statement carries a known hazard.\n");
        } else if (shown < entries.size()) {
            md.append("\n… and ").append(entries.size() - shown).append(" more hazards (see `migration.sql`).\n");
        }
        md.append('\n');
    }

    private static void changeList(StringBuilder md, List<Change> changes) {
        md.append(CHANGE_LIST_HEADING).append("\n\n");
        List<String> lines = ChangeLines.of(changes.subList(0, Math.min(changes.size(), MAX_CHANGE_LINES)));
        md.append(Markdown.fenced("text", String.join("\n", lines)));
        if (changes.size() > MAX_CHANGE_LINES) {
            md.append("\n… and ").append(changes.size() - MAX_CHANGE_LINES).append(" more changes.\n");
        }
        md.append('\n');
    }

    /** What the comparison did not look at: "identical" elsewhere must not read as identical here. */
    private static void notCompared(StringBuilder md, List<String> lines) {
        if (lines.isEmpty()) {
            return;
        }
        md.append("### Not compared\n\n");
        for (String line : lines) {
            md.append("- ").append(Markdown.text(line)).append('\n');
        }
        md.append('\n');
    }

    private static String subject(Statement statement) {
        return statement.subject().kind().label() + " " + Markdown.code(statement.subject().display(), false);
    }

    /** A SQL block, cut at a statement boundary when it would be too long for a ticket. */
    private static void sqlBlock(StringBuilder md, List<Statement> statements, MigrationOptions options) {
        int shown = 0;
        int chars = 0;
        while (shown < statements.size() && shown < MAX_SQL_STATEMENTS
                && (shown == 0 || chars + statements.get(shown).sql().length() <= MAX_SQL_CHARS)) {
            chars += statements.get(shown).sql().length();
            shown++;
        }
        md.append(Markdown.fenced("sql", SqlScript.statements(statements.subList(0, shown), options).stripTrailing()));
        if (shown < statements.size()) {
            md.append("\nShowing ").append(shown).append(" of ").append(statements.size())
                    .append(" statements; the rest are in the attached `migration.sql` ")
                    .append("(`pgdrift diff --format sql` prints them all).\n");
        }
        md.append('\n');
    }
}
