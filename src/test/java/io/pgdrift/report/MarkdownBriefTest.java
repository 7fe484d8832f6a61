package io.pgdrift.report;

import static io.pgdrift.diff.Samples.column;
import static io.pgdrift.diff.Samples.table;
import static io.pgdrift.report.Reports.statement;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.diff.Change;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.MigrationPlan;
import io.pgdrift.plan.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MarkdownBriefTest {

    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

    @Test
    void identicalPrintsNothing() {
        assertThat(MarkdownBrief.render(Reports.identical())).isEmpty();
    }

    @Test
    void sectionsInOrderAndFooterLast() {
        DriftReport report = Reports.report();
        String md = MarkdownBrief.render(report);
        List<String> lines = md.lines().toList();

        assertThat(lines.get(0)).isEqualTo("**Schema drift** in pair app: production (PostgreSQL 13.22) → staging "
                + "(PostgreSQL 18.1) · 2026-11-24 03:00 UTC · 3 changes (1 added, 1 removed, 1 altered), "
                + "4 statements, 3 with hazards");
        assertThat(lines.stream().filter(l -> l.startsWith("### ")))
                .containsExactly("### Summary", "### Migration: production → staging", "### Production ahead",
                        "### Hazards", "### Change list");
        assertThat(lines.get(lines.size() - 1)).isEqualTo("pgdrift · pair app · fingerprint " + report.fingerprint());
    }

    @Test
    void summaryTableHasOneRowPerChange() {
        String md = MarkdownBrief.render(Reports.report());

        assertThat(md).contains("""
                | Object | Change | Direction | Hazards |
                | --- | --- | --- | --- |
                | table `public.orders` | added | staging ahead | — |
                | column `public.users.email` | altered: type, notNull | staging ahead | table rewrite, ACCESS EXCLUSIVE lock, full-table validation scan |
                | index `public.users.users_tmp_idx` | removed | production ahead | cannot run in a transaction |
                """);
    }

    @Test
    void migrationIsTheWholeScriptBody() {
        String md = MarkdownBrief.render(Reports.report());

        assertThat(md).contains("```sql\n" + SqlScript.statements(Reports.plan().statements(), Reports.plan().options()).stripTrailing()
                + "\n```\n");
    }

    @Test
    void productionAheadShowsRemovalBackportAndDataLoss() {
        ObjectKey legacy = ObjectKey.member(ObjectKind.COLUMN, "public", "users", "legacy");
        MigrationPlan plan = new MigrationPlan(
                List.of(statement("ALTER TABLE public.users DROP COLUMN legacy;", legacy, Direction.PRODUCTION_AHEAD,
                        true, new Hazard(HazardKind.DATA_LOSS, "drops column legacy of public.users and its data",
                                null))),
                List.of(statement("ALTER TABLE public.users ADD COLUMN legacy text;", legacy,
                        Direction.PRODUCTION_AHEAD, true)), Reports.TRANSACTIONAL);
        DriftReport report = DriftReport.of(Reports.CONTEXT,
                List.of(new Change.Removed(column("public", "users", "legacy", 3, "text"))), plan);

        String section = section(MarkdownBrief.render(report), "### Production ahead");

        assertThat(section).contains("Production is ahead on 1 change: objects that exist or differ only there")
                .contains("**Removing these loses data:**\n\n- column `public.users.legacy`: drops column legacy of "
                        + "public.users and its data")
                .contains("Removes them from production (part of the migration above):\n\n```sql\nBEGIN;")
                .contains("ALTER TABLE public.users DROP COLUMN legacy;")
                .contains("Back-ports them to staging instead:\n\n```sql\nBEGIN;")
                .contains("ALTER TABLE public.users ADD COLUMN legacy text;");
    }

    @Test
    void noProductionAheadSectionWhenStagingIsAheadOnly() {
        DriftReport report = DriftReport.of(Reports.CONTEXT, List.of(Reports.ORDERS_ADDED),
                new MigrationPlan(List.of(Reports.plan().statements().get(0)), List.of()));

        assertThat(MarkdownBrief.render(report)).doesNotContain("### Production ahead")
                .contains("No statement carries a known hazard.");
    }

    @Test
    void hazardsListKindSubjectDetailAndSaferPath() {
        String hazards = section(MarkdownBrief.render(Reports.report()), "### Hazards");

        assertThat(hazards).contains("- **full-table validation scan** · column `public.users.email`: scans "
                + "public.users — safer path: add CHECK (email IS NOT NULL) NOT VALID, validate it, then SET NOT NULL");
        assertThat(hazards.lines().filter(l -> l.startsWith("- **"))).hasSize(4);
    }

    @Test
    void changeListIsATextBlockTheTicketStageCanReadBack() {
        DriftReport report = Reports.report();
        assertThat(section(MarkdownBrief.render(report), "### Change list"))
                .startsWith("### Change list\n\n```text\n" + String.join("\n", ChangeLines.of(report.changes()))
                        + "\n```\n");
    }

    @Test
    void hostileNamesCannotBreakTablesOrCode() {
        List<String> names = List.of("back`tick", "``double", "pi|pe", "*star*", "_under_", "<b>html</b>",
                "[link](http://x)", "new\nline", "trailing`", "&amp;", "# head", "~~strike~~");
        List<Change> changes = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (String name : names) {
            Change change = new Change.Added(table("public", name));
            changes.add(change);
            statements.add(statement("CREATE TABLE public.\"" + name.replace("\"", "\"\"") + "\" ();", change.key(),
                    Direction.STAGING_AHEAD, true, new Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK,
                            "locks " + name + " ```", "wait | or " + name)));
        }
        statements.add(statement("COMMENT ON TABLE public.t IS '````';", changes.get(0).key(),
                Direction.STAGING_AHEAD, true));
        BriefContext context = new BriefContext("pair|with*markup", "postgresql://u:***@h/db|`x`", "s.json", null,
                null, null);
        DriftReport report = DriftReport.of(context, changes, new MigrationPlan(statements, List.of()));

        String md = MarkdownBrief.render(report);

        List<String> rows = md.lines().filter(l -> l.startsWith("| ")).toList();
        assertThat(rows).hasSize(names.size() + 2);
        for (String row : rows) {
            assertThat(countMatches(UNESCAPED_PIPE, row)).as(row).isEqualTo(5);
        }
        assertThat(rows).contains("| table ```public.``double``` | added | staging ahead | ACCESS EXCLUSIVE lock |",
                "| table ``public.back`tick`` | added | staging ahead | ACCESS EXCLUSIVE lock |",
                "| table `public.new\\nline` | added | staging ahead | ACCESS EXCLUSIVE lock |",
                "| table `public.pi\\|pe` | added | staging ahead | ACCESS EXCLUSIVE lock |",
                "| table `` public.trailing` `` | added | staging ahead | ACCESS EXCLUSIVE lock |");
        assertThat(md).contains("\n`````sql\n").contains("COMMENT ON TABLE public.t IS '````';\n\nCOMMIT;\n`````\n");
        assertThat(md).contains("locks \\*star\\* \\`\\`\\` — safer path: wait \\| or \\*star\\*")
                .contains("locks \\<b\\>html\\</b\\>").contains("locks \\[link\\](http://x)")
                .contains("locks new\\\\nline").contains("locks \\_under\\_");
        assertThat(md.lines().toList().get(0))
                .startsWith("**Schema drift** in pair pair\\|with\\*markup: production `` postgresql://u:***@h/db|`x` ``");
        assertThat(md).endsWith("pgdrift · pair pair\\|with\\*markup · fingerprint " + report.fingerprint() + "\n");
    }

    @Test
    void inlineCodeSpansAreDelimitedByALongerRun() {
        assertThat(Markdown.code("a`b", false)).isEqualTo("``a`b``");
        assertThat(Markdown.code("`a", false)).isEqualTo("`` `a ``");
        assertThat(Markdown.code(" a ", false)).isEqualTo("`  a  `");
        assertThat(Markdown.code("a|b", true)).isEqualTo("`a\\|b`");
        assertThat(Markdown.fenced("text", "x ``` y")).isEqualTo("````text\nx ``` y\n````\n");
    }

    @Test
    void bigDriftsAreSummarisedByKindAndStateTheirSize() {
        List<Change> changes = new ArrayList<>();
        List<Statement> statements = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            Change change = new Change.Added(i % 2 == 0 ? table("public", "t" + i)
                    : column("public", "t" + (i - 1), "c", 1, "text"));
            changes.add(change);
            statements.add(statement("CREATE TABLE public.t" + i + " (id integer, payload text, created_at "
                    + "timestamp with time zone DEFAULT now() NOT NULL);", change.key(), Direction.STAGING_AHEAD, true));
        }
        DriftReport report = DriftReport.of(Reports.CONTEXT, changes.stream().sorted().toList(),
                new MigrationPlan(statements, List.of()));

        String md = MarkdownBrief.render(report);

        assertThat(md).contains("it lists 50 of 1000 changes in the summary and at most 200 statements; the complete "
                + "migration (1000 statements) is in the attached `migration.sql`.");
        assertThat(md).contains("| Kind | Added | Removed | Altered |\n| --- | ---: | ---: | ---: |\n"
                + "| table | 500 | 0 | 0 |\n| column | 500 | 0 | 0 |\n");
        assertThat(md).contains("… and 450 more rows (see the change list)."); // each table's column folds into its row
        assertThat(md).contains("Showing 200 of 1000 statements; the rest are in the attached `migration.sql`");
        assertThat(md.lines().filter(l -> l.startsWith("| ") && l.contains("| added, with 1 column |"))).hasSize(50);
        assertThat(section(md, "### Change list").lines().filter(l -> l.startsWith("+ "))).hasSize(1_000);
        assertThat(SqlScript.render(report).lines().filter(l -> l.startsWith("CREATE TABLE"))).hasSize(1_000);
    }

    /** The text from a heading to the next heading (or the end). */
    private static String section(String md, String heading) {
        int start = md.indexOf(heading + "\n");
        assertThat(start).as(heading).isNotNegative();
        int end = md.indexOf("\n### ", start + heading.length());
        return end < 0 ? md.substring(start) : md.substring(start, end + 1);
    }

    private static int countMatches(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
