package io.pgdrift.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.ticket.TicketOutcome.Action;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every branch of the Linear protocol against the fake Linear (lossy storage, real schema validation). */
class TicketSyncTest {
    static final List<String> TWO = List.of("+ table public.orders", "~ column public.users.email: type");

    @TempDir
    Path outboxDir;
    SyncFixture fx;

    @BeforeEach
    void start() {
        fx = new SyncFixture(outboxDir);
    }

    @AfterEach
    void stop() {
        assertThat(fx.linear.rejected()).as("operations Linear's schema rejects").isEmpty();
        fx.close();
    }

    @Test
    void createsOneTicketWithTeamProjectLabelDescriptionAndAttachments() {
        TicketDraft draft = SyncFixture.draft("app", TWO);

        TicketOutcome outcome = fx.run().sync("app", draft, false);

        assertThat(outcome.action()).isEqualTo(Action.CREATED);
        assertThat(outcome.identifier()).isEqualTo("ENG-1");
        List<FakeWorkspace.IssueView> issues = fx.linear.issues();
        assertThat(issues).hasSize(1);
        FakeWorkspace.IssueView issue = issues.get(0);
        assertThat(issue.title()).isEqualTo("Schema drift: app — 2 changes");
        assertThat(issue.teamKey()).isEqualTo("ENG");
        assertThat(issue.projectName()).isEqualTo("migration-review");
        assertThat(issue.labelNames()).containsExactly("schema-drift");
        assertThat(issue.description()).doesNotContain("<!--")
                .endsWith("pgdrift · pair app · fingerprint " + draft.fingerprint())
                .contains("[migration.sql](");
        List<FakeWorkspace.AttachmentView> attachments = fx.linear.attachments(issue.id());
        assertThat(attachments).extracting(FakeWorkspace.AttachmentView::title)
                .containsExactlyInAnyOrder("migration.sql", "pgdrift: pair app");
        FakeWorkspace.AttachmentView migration = attachments.stream().filter(a -> a.title().equals("migration.sql"))
                .findFirst().orElseThrow();
        assertThat(new String(migration.uploadedContent(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(draft.migrationSql());
        FakeWorkspace.AttachmentView identity = attachments.stream().filter(a -> a.url().equals(PairIdentity.url("app")))
                .findFirst().orElseThrow();
        assertThat(identity.metadata()).containsEntry("pair", "app").containsEntry("fingerprint", draft.fingerprint());
        assertThat(fx.linear.uploadRejections()).isEmpty();
        assertThat(outboxDir.resolve(".pending")).isEmptyDirectory();
    }
}
