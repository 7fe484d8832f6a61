package io.pgdrift.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.testing.linear.LossyMarkdown;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Descriptions and comments within the cap, and the pieces read back after Linear's round trip. */
class TicketBodyTest {
    static final TicketDraft DRAFT = SyncFixture.draft("app", List.of("+ table public.orders"));

    @Test
    void aBriefThatFitsIsKeptWholeWithTheMigrationLinkBeforeTheFooter() {
        String description = TicketBody.description(DRAFT, "https://uploads.example/m.sql", 60_000);

        assertThat(description).startsWith("**pgdrift** found 1 changes")
                .contains("### Change list").contains("### Migration")
                .endsWith("The complete migration: [migration.sql](https://uploads.example/m.sql)\n\n"
                        + "pgdrift · pair app · fingerprint " + DRAFT.fingerprint());
        assertThat(description.split("pgdrift · pair", -1)).hasSize(2);
    }

    @Test
    void aDraftWithoutFooterGetsOne() {
        TicketDraft bare = TicketDraft.of("app", "abc123", "Some brief", "SELECT 1;", List.of("+ x"));
        assertThat(TicketBody.description(bare, null, 1_000)).isEqualTo("Some brief\n\npgdrift · pair app · "
                + "fingerprint abc123");
    }

    @Test
    void anOversizedBriefKeepsWholeSectionsAndNamesTheOnesLeftOut() {
        String sql = IntStream.range(0, 2_000).mapToObj(i -> "ALTER TABLE t ADD COLUMN c" + i + " int;")
                .collect(Collectors.joining("\n"));
        String brief = "Header line\n\n### Change list\n\n```text\n+ table t\n```\n\n### Migration\n\n```sql\n" + sql
                + "\n```\n\n### Hazards\n\n- none\n\npgdrift · pair app · fingerprint f00d";
        TicketDraft big = TicketDraft.of("app", "f00d", brief, sql, List.of("+ table t"));

        String description = TicketBody.description(big, "https://a/m.sql", 2_000);

        assertThat(description.length()).isLessThanOrEqualTo(2_000);
        assertThat(description).contains("### Change list\n\n```text\n+ table t\n```")
                .contains("section \"Migration\" left out").contains("### Hazards")
                .contains("attached `migration.sql`").endsWith("pgdrift · pair app · fingerprint f00d");
        assertThat(ChangeList.parse(description)).contains(List.of("+ table t"));
    }

    @Test
    void aCutInsideACodeBlockClosesTheFence() {
        String text = "```sql\n" + IntStream.range(0, 100).mapToObj(i -> "SELECT " + i + ";")
                .collect(Collectors.joining("\n")) + "\n```";

        String cut = TicketBody.cutAtLine(text, 200);

        assertThat(cut.length()).isLessThanOrEqualTo(200);
        assertThat(cut).startsWith("```sql\nSELECT 0;").endsWith("\n```");
    }

    @Test
    void longCommentsAreCut() {
        String body = "x\n".repeat(10_000);
        assertThat(TicketBody.comment(body, 500)).hasSizeLessThanOrEqualTo(500).endsWith("_(comment shortened)_");
        assertThat(TicketBody.comment("short", 500)).isEqualTo("short");
    }

    @Test
    void theChangeListAndFooterSurviveLinearsLossyStorage() {
        TicketDraft draft = SyncFixture.draft("app_eu*1", List.of("+ table public.order_items", "- view public.v_x"));
        String stored = LossyMarkdown.store(TicketBody.description(draft, null, 60_000));

        assertThat(stored).doesNotContain("<!--").contains("pair app\\_eu*1");
        assertThat(ChangeList.parse(stored)).contains(draft.changeLines());
        assertThat(PairIdentity.fromDescription(stored)).contains(new PairIdentity("app_eu*1", draft.fingerprint()));
    }

    @Test
    void deltaSaysWhatAppearedAndWhatWentAway() {
        ChangeList.Delta delta = ChangeList.Delta.between(List.of("a", "b", "c"), List.of("b", "d"));
        assertThat(delta.appeared()).containsExactly("d");
        assertThat(delta.wentAway()).containsExactly("a", "c");
        assertThat(ChangeList.Delta.between(List.of("a"), List.of("a")).isEmpty()).isTrue();
    }

    @Test
    void aDescriptionWithoutChangeListHasNone() {
        assertThat(ChangeList.parse("### Summary\n\ntext\n\n### Other\n```text\nx\n```")).isEmpty();
        assertThat(ChangeList.parse(null)).isEmpty();
    }

    @Test
    void pairUrlsAreStableAndEncoded() {
        assertThat(PairIdentity.url("app")).isEqualTo("https://pgdrift.invalid/pairs/app");
        assertThat(PairIdentity.url("eu west/app")).isEqualTo("https://pgdrift.invalid/pairs/eu%20west%2Fapp");
    }

    @Test
    void theLastFooterCountsAndDecorationIsIgnored() {
        String text = "pgdrift · pair old · fingerprint 1111\n\nbody\n\n_pgdrift · pair app · fingerprint 2222_";
        assertThat(PairIdentity.fromDescription(text)).contains(new PairIdentity("app", "2222"));
        assertThat(PairIdentity.fromDescription("no footer here")).isEmpty();
    }

    @Test
    void outboxFileNamesAreSafe() {
        assertThat(Outbox.fileName("app")).isEqualTo("app");
        assertThat(Outbox.fileName("../etc/passwd")).doesNotContain("/").doesNotStartWith(".").contains("etc_passwd-");
        assertThat(Outbox.fileName("a b")).isNotEqualTo(Outbox.fileName("a_b"));
    }

    @Test
    void aTitleAlwaysStatesTheCount() {
        assertThat(TicketSync.title(DRAFT)).isEqualTo("Schema drift: app — 1 change");
        TicketDraft titled = new TicketDraft("app", "f", "Drift in app", "d", "s", List.of("a", "b"));
        assertThat(TicketSync.title(titled)).isEqualTo("Drift in app — 2 changes");
        TicketDraft counted = new TicketDraft("app", "f", "app: 2 changes", "d", "s", List.of("a", "b"));
        assertThat(TicketSync.title(counted)).isEqualTo("app: 2 changes");
    }

    @Test
    void theReportStagesFooterIsRecognisedAndNotRepeated() {
        for (String pair : List.of("app", "eu*app_[main]")) {
            String footer = io.pgdrift.report.MarkdownBrief.footer(pair, "3f2a9c01");
            TicketDraft draft = new TicketDraft(pair, "3f2a9c01", null, "Brief\n\n" + footer + "\n", "", List.of("a"));

            String description = TicketBody.description(draft, null, 60_000);

            assertThat(description.split("pgdrift · pair", -1)).as(pair).hasSize(2);
            assertThat(PairIdentity.fromDescription(LossyMarkdown.store(description)))
                    .contains(new PairIdentity(pair, "3f2a9c01"));
        }
    }
}
