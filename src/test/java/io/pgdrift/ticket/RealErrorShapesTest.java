package io.pgdrift.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.testing.linear.FakeLinear;
import io.pgdrift.testing.linear.FakeWorkspace;
import io.pgdrift.testing.linear.Fault;
import io.pgdrift.ticket.TicketOutcome.Action;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The protocol against the shapes Linear really answers with (issue 12): error types, limits, list order. */
class RealErrorShapesTest {
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
    void internalNetworkAndBootstrapErrorsAreRetriedWhateverTheHttpStatus() {
        fx.linear.failNext("FindTeam", 1, Fault.GraphQLError.transientType("internal error", 200));
        fx.linear.failNext("FindProject", 1, Fault.GraphQLError.transientType("network error", 400));
        fx.linear.failNext("FindLabel", 1, Fault.GraphQLError.transientType("bootstrap error", 401));

        TicketOutcome outcome = fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        assertThat(outcome.action()).isEqualTo(Action.CREATED);
        assertThat(fx.time.sleeps()).hasSize(3);
    }

    @Test
    void aDescriptionRefusedWithLinearsInvalidInputShapeIsRetriedShortOnCreateAndUpdate() {
        fx.linear.workspace().maxDescriptionLength(4_000);
        List<String> many = IntStream.range(0, 400).mapToObj(i -> "+ table public.table_number_" + i).toList();
        TicketDraft big = SyncFixture.draft("app", many);

        assertThat(fx.run().sync("app", big, false).action()).isEqualTo(Action.CREATED);
        List<String> more = IntStream.range(0, 401).mapToObj(i -> "+ table public.table_number_" + i).toList();
        TicketDraft bigger = SyncFixture.draft("app", more);
        assertThat(fx.run().sync("app", bigger, false).action()).isEqualTo(Action.UPDATED);

        assertThat(fx.linear.issues()).singleElement().satisfies(i -> assertThat(i.description())
                .hasSizeLessThanOrEqualTo(4_000).endsWith("fingerprint " + bigger.fingerprint()));
        assertThat(fx.linear.operations().stream().filter("CreateIssue"::equals)).hasSize(2);
        assertThat(fx.linear.operations().stream().filter("UpdateIssue"::equals)).hasSize(2);
    }

    @Test
    void afterFiftyFiveDriftChangesThePairStillHasOneTicketFoundByItsIdentityAttachment() {
        String identifier = fx.run().sync("app", SyncFixture.draft("app", List.of("+ table public.t0")), false)
                .identifier();
        TicketDraft last = null;
        for (int night = 1; night <= 55; night++) {
            last = SyncFixture.draft("app", List.of("+ table public.t" + night));
            TicketOutcome outcome = fx.run().sync("app", last, false);
            assertThat(outcome.action()).as("night %d", night).isEqualTo(Action.UPDATED);
            assertThat(outcome.identifier()).isEqualTo(identifier);
        }
        // without its footer match the ticket is found by the identity attachment alone
        assertThat(fx.run().sync("app", last, false).action()).isEqualTo(Action.UNCHANGED);

        FakeWorkspace.IssueView issue = fx.linear.issues().get(0);
        assertThat(fx.linear.issues()).singleElement().extracting(FakeWorkspace.IssueView::stateType).isEqualTo("backlog");
        List<FakeWorkspace.AttachmentView> attachments = fx.linear.attachments(issue.id());
        assertThat(attachments).extracting(FakeWorkspace.AttachmentView::title)
                .containsExactlyInAnyOrder("migration.sql", "pgdrift: pair app");
        String fingerprint = last.fingerprint();
        assertThat(attachments).filteredOn(a -> a.url().equals(PairIdentity.url("app"))).singleElement()
                .satisfies(a -> assertThat(a.metadata()).containsEntry("fingerprint", fingerprint));
        assertThat(attachments).filteredOn(a -> a.title().equals("migration.sql")).singleElement()
                .satisfies(a -> assertThat(new String(a.uploadedContent(), StandardCharsets.UTF_8))
                        .contains("public.t55"));
    }

    @Test
    void aLongPairNameGivesATitleOfAtMost255Characters() {
        String pair = "tenant_" + "x".repeat(300);

        fx.run().sync(pair, SyncFixture.draft(pair, TWO), false);

        String title = fx.linear.issues().get(0).title();
        assertThat(title).hasSizeLessThanOrEqualTo(255).startsWith("Schema drift: tenant_xxx").endsWith("… — 2 changes");
    }

    @Test
    void aFailedUploadAsksForANewSlotInsteadOfReusingTheSignedUrl() {
        fx.linear.failNext(FakeLinear.UPLOAD, 1, new Fault.ServerError(503));
        TicketDraft draft = SyncFixture.draft("app", TWO);

        assertThat(fx.run().sync("app", draft, false).action()).isEqualTo(Action.CREATED);

        assertThat(fx.linear.workspace().uploadSlots()).isEqualTo(2);
        assertThat(fx.linear.uploadRejections()).as("the expired slot was not used again").isEmpty();
        assertThat(fx.linear.attachments(fx.linear.issues().get(0).id()))
                .filteredOn(a -> a.title().equals("migration.sql")).singleElement()
                .satisfies(a -> assertThat(new String(a.uploadedContent(), StandardCharsets.UTF_8))
                        .isEqualTo(draft.migrationSql()));
    }
}
