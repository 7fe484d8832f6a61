package io.pgdrift.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.testing.linear.FakeLinear;
import io.pgdrift.testing.linear.FakeWorkspace;
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

    @Test
    void missingLabelIsCreatedInTheTeamAndExistingOnesAreReused() {
        fx.run().sync("app", SyncFixture.draft("app", TWO), false);
        assertThat(fx.linear.workspace().labels()).singleElement().satisfies(label -> {
            assertThat(label.name()).isEqualTo("schema-drift");
            assertThat(label.teamId()).isEqualTo(fx.linear.workspace().team("ENG").id());
        });

        fx.run().sync("billing", SyncFixture.draft("billing", TWO), false);
        assertThat(fx.linear.workspace().labels()).hasSize(1);
        assertThat(fx.linear.operations()).containsOnlyOnce("CreateLabel");
    }

    @Test
    void usesAWorkspaceLabelAndSkipsALabelGroupOfTheSameName() {
        fx.linear.workspace().seedLabel("schema-drift", "ENG", true);
        FakeWorkspace.Label workspaceLabel = fx.linear.workspace().seedLabel("schema-drift", null, false);

        fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        assertThat(fx.linear.issues().get(0).labelNames()).containsExactly("schema-drift");
        assertThat(fx.linear.operations()).doesNotContain("CreateLabel");
        assertThat(fx.linear.workspace().labels()).hasSize(2).contains(workspaceLabel);
    }

    @Test
    void sameFingerprintLeavesTheTicketAlone() {
        TicketDraft draft = SyncFixture.draft("app", TWO);
        fx.run().sync("app", draft, false);
        int mutations = fx.linear.mutationCount();

        TicketOutcome outcome = fx.run().sync("app", draft, false);

        assertThat(outcome.action()).isEqualTo(Action.UNCHANGED);
        assertThat(outcome.identifier()).isEqualTo("ENG-1");
        assertThat(fx.linear.mutationCount()).isEqualTo(mutations);
        assertThat(fx.linear.comments(fx.linear.issues().get(0).id())).isEmpty();
    }

    @Test
    void otherFingerprintUpdatesDescriptionAndCommentsWhatAppearedAndWentAway() {
        fx.run().sync("app", SyncFixture.draft("app", TWO), false);
        List<String> next = List.of("+ table public.orders", "+ index public.orders.orders_customer_idx");
        TicketDraft changed = SyncFixture.draft("app", next);

        TicketOutcome outcome = fx.run().sync("app", changed, false);

        assertThat(outcome.action()).isEqualTo(Action.UPDATED);
        FakeWorkspace.IssueView issue = fx.linear.issues().get(0);
        assertThat(fx.linear.issues()).hasSize(1);
        assertThat(issue.description()).endsWith("pgdrift · pair app · fingerprint " + changed.fingerprint())
                .contains("orders_customer_idx");
        assertThat(issue.title()).isEqualTo("Schema drift: app — 2 changes");
        List<FakeWorkspace.CommentView> comments = fx.linear.comments(issue.id());
        assertThat(comments).singleElement().satisfies(c -> {
            String body = c.body();
            assertThat(body.substring(body.indexOf("Appeared since"), body.indexOf("Went away since")))
                    .contains("+ index public.orders.orders_customer_idx").doesNotContain("+ table public.orders");
            assertThat(body.substring(body.indexOf("Went away since")))
                    .contains("~ column public.users.email: type").doesNotContain("+ table public.orders");
        });
        List<FakeWorkspace.AttachmentView> attachments = fx.linear.attachments(issue.id());
        assertThat(attachments).filteredOn(a -> a.title().equals("migration.sql")).singleElement()
                .satisfies(a -> assertThat(new String(a.uploadedContent(), java.nio.charset.StandardCharsets.UTF_8))
                        .isEqualTo(changed.migrationSql()));
        assertThat(attachments).filteredOn(a -> a.url().equals(PairIdentity.url("app"))).singleElement()
                .satisfies(a -> assertThat(a.metadata()).containsEntry("fingerprint", changed.fingerprint()));
    }

    @Test
    void noDriftCommentsAndMovesTheTicketToTheCompletedState() {
        fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        TicketOutcome outcome = fx.run().sync("app", null, false);

        assertThat(outcome.action()).isEqualTo(Action.RESOLVED);
        FakeWorkspace.IssueView issue = fx.linear.issues().get(0);
        assertThat(issue.stateType()).isEqualTo("completed");
        assertThat(issue.stateName()).isEqualTo("Done");
        assertThat(fx.linear.comments(issue.id())).singleElement()
                .satisfies(c -> assertThat(c.body()).contains("drift is gone").contains("Done"));
        assertThat(fx.run().sync("app", null, false).action()).isEqualTo(Action.NOTHING);
    }

    @Test
    void picksTheCompletedStateWithTheLowestPosition() {
        fx.linear.workspace().seedState("ENG", "Shipped", "completed", -1);
        fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        fx.run().sync("app", null, false);

        assertThat(fx.linear.issues().get(0).stateName()).isEqualTo("Shipped");
    }

    @Test
    void noDriftAndNoTicketDoesNothing() {
        TicketOutcome outcome = fx.run().sync("app", null, false);

        assertThat(outcome.action()).isEqualTo(Action.NOTHING);
        assertThat(fx.linear.mutationCount()).isZero();
    }

    @Test
    void findsTheTicketWhateverItsTitleAndInAnyOpenState() {
        TicketDraft draft = SyncFixture.draft("app", TWO);
        fx.run().sync("app", draft, false);
        fx.linear.workspace().retitleIssue("ENG-1", "Please look at this before Friday");
        fx.linear.workspace().moveIssue("ENG-1", "started");

        assertThat(fx.run().sync("app", draft, false).action()).isEqualTo(Action.UNCHANGED);
        assertThat(fx.linear.issues()).hasSize(1);
    }

    @Test
    void withoutItsAttachmentTheTicketIsFoundByTheFooterAndTheAttachmentRestored() {
        TicketDraft draft = SyncFixture.draft("app_main", TWO);
        fx.run().sync("app_main", draft, false);
        String issueId = fx.linear.issues().get(0).id();
        fx.linear.workspace().removeAttachments(issueId, PairIdentity.url("app_main"));
        assertThat(fx.linear.issues().get(0).description()).contains("pair app\\_main");

        TicketOutcome outcome = fx.run().sync("app_main", draft, false);

        assertThat(outcome.action()).isEqualTo(Action.UNCHANGED);
        assertThat(fx.linear.issues()).hasSize(1);
        assertThat(fx.linear.attachments(issueId)).extracting(FakeWorkspace.AttachmentView::url)
                .contains(PairIdentity.url("app_main"));
    }

    @Test
    void pairsDoNotSeeEachOthersTickets() {
        fx.run().sync("app", SyncFixture.draft("app", TWO), false);
        fx.run().sync("app2", SyncFixture.draft("app2", TWO), false);
        fx.linear.workspace().removeAttachments(fx.linear.issues().get(0).id(), PairIdentity.url("app"));

        assertThat(fx.run().sync("app", null, false).action()).isEqualTo(Action.RESOLVED);
        assertThat(fx.linear.issues()).extracting(FakeWorkspace.IssueView::stateType)
                .containsExactly("completed", "backlog");
    }

    @Test
    void dryRunReportsTheActionAndCallsNoMutation() {
        TicketDraft first = SyncFixture.draft("app", TWO);
        TicketOutcome wouldCreate = fx.run().sync("app", first, true);
        assertThat(wouldCreate.action()).isEqualTo(Action.CREATED);
        assertThat(wouldCreate.identifier()).isNull();
        assertThat(fx.linear.mutationCount()).isZero();
        assertThat(fx.linear.issues()).isEmpty();
        assertThat(fx.linear.workspace().labels()).isEmpty();

        fx.run().sync("app", first, false);
        int mutations = fx.linear.mutationCount();
        TicketDraft changed = SyncFixture.draft("app", List.of("+ table public.orders"));
        assertThat(fx.run().sync("app", first, true).action()).isEqualTo(Action.UNCHANGED);
        assertThat(fx.run().sync("app", changed, true).action()).isEqualTo(Action.UPDATED);
        assertThat(fx.run().sync("app", null, true).action()).isEqualTo(Action.RESOLVED);
        assertThat(fx.linear.mutationCount()).isEqualTo(mutations);
        assertThat(fx.linear.issues().get(0).stateType()).isEqualTo("backlog");
        assertThat(fx.linear.issues().get(0).description()).contains(first.fingerprint());
    }

    @Test
    void setsAssigneeAndPriorityWhenConfigured() {
        fx.settings = new LinearSettings(fx.linear.url(), FakeLinear.API_KEY, "Engineering", "Migration-Review",
                SyncFixture.LABELS, "ada@example.com", 2);

        fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        FakeWorkspace.IssueView issue = fx.linear.issues().get(0);
        assertThat(issue.assigneeId()).isNotNull();
        assertThat(issue.priority()).isEqualTo(2);
        assertThat(issue.teamKey()).isEqualTo("ENG");
    }

    @Test
    void oneRunServesSeveralPairsInParallelWithOneLookupAndOneLabel() throws Exception {
        TicketSync run = fx.run();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
        try {
            List<java.util.concurrent.Future<TicketOutcome>> outcomes = new java.util.ArrayList<>();
            for (String pair : List.of("app", "billing", "crm")) {
                outcomes.add(pool.submit(() -> run.sync(pair, SyncFixture.draft(pair, TWO), false)));
            }
            for (java.util.concurrent.Future<TicketOutcome> outcome : outcomes) {
                assertThat(outcome.get(60, java.util.concurrent.TimeUnit.SECONDS).action()).isEqualTo(Action.CREATED);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(fx.linear.issues()).hasSize(3);
        assertThat(fx.linear.operations()).containsOnlyOnce("FindTeam").containsOnlyOnce("CreateLabel");
    }

    @Test
    void theDecoratorRunsOnlyForACreateOrAChangedFingerprintAndItsNoteAndPriorityLand() {
        List<String> decorated = new java.util.concurrent.CopyOnWriteArrayList<>();
        fx.settings = new LinearSettings(fx.linear.url(), FakeLinear.API_KEY,
                new Routing("ENG", "migration-review", SyncFixture.LABELS, null, null, true), java.util.Map.of());
        fx.decorator = draft -> {
            decorated.add(draft.fingerprint());
            return draft.withDescription("### Reviewer's note\n\nLooks routine.\n\n" + draft.description())
                    .withPriority(decorated.size() == 1 ? 3 : 2);
        };
        TicketDraft first = SyncFixture.draft("app", TWO);
        TicketDraft changed = SyncFixture.draft("app", List.of("+ table public.orders"));

        fx.run().sync("app", first, true);
        fx.run().sync("app", first, false);
        assertThat(fx.linear.issues().get(0).description()).startsWith("### Reviewer's note");
        assertThat(fx.linear.issues().get(0).priority()).isEqualTo(3);
        fx.run().sync("app", first, false);
        fx.run().sync("app", changed, true);
        fx.run().sync("app", changed, false);
        fx.run().sync("app", changed, false);
        fx.run().sync("app", null, false);

        assertThat(decorated).containsExactly(first.fingerprint(), changed.fingerprint());
        FakeWorkspace.IssueView issue = fx.linear.issues().get(0);
        assertThat(issue.description()).startsWith("### Reviewer's note").endsWith(changed.fingerprint());
        assertThat(issue.priority()).isEqualTo(2);
    }

    @Test
    void aDecoratorThatChangesTheFingerprintIsRefused() {
        fx.decorator = draft -> new TicketDraft(draft.pair(), "0000beef", draft.title(), draft.description(),
                draft.migrationSql(), draft.changeLines());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> fx.run().sync("app", SyncFixture.draft("app", TWO), false))
                .hasMessageContaining("must keep pair app and fingerprint");
        assertThat(fx.linear.issues()).isEmpty();
    }
}
