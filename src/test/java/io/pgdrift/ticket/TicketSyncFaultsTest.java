package io.pgdrift.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdrift.testing.linear.FakeLinear;
import io.pgdrift.testing.linear.FakeWorkspace;
import io.pgdrift.testing.linear.Fault;
import io.pgdrift.ticket.TicketOutcome.Action;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Linear failing in every way the protocol must survive, without ever filing two tickets for one pair. */
class TicketSyncFaultsTest {
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
        assertThat(fx.log.all()).doesNotContain(FakeLinear.API_KEY).doesNotContain(FakeLinear.OAUTH_TOKEN);
        fx.close();
    }

    @Test
    void aCreateWhoseConnectionDroppedIsFoundNotRepeated() {
        fx.linear.failNext("CreateIssue", 1, new Fault.LostResponse(true));

        TicketOutcome outcome = fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        assertThat(outcome.action()).isEqualTo(Action.CREATED);
        assertThat(fx.linear.issues()).hasSize(1);
        assertThat(fx.linear.operations()).containsOnlyOnce("CreateIssue").contains("TicketById");
        assertThat(fx.linear.attachments(fx.linear.issues().get(0).id())).hasSize(2);
    }

    @Test
    void aCreateAnsweredWithBadGatewayAfterItWasAppliedIsNotRepeated() {
        fx.linear.failNext("CreateIssue", 1, new Fault.LostResponse(false));

        fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        assertThat(fx.linear.issues()).hasSize(1);
        assertThat(fx.linear.operations()).containsOnlyOnce("CreateIssue");
    }

    @Test
    void aCreateAnsweredTooLateIsNotRepeated() {
        fx.policy = fx.policy.withRequestTimeout(Duration.ofMillis(500));
        fx.linear.failNext("CreateIssue", 1, new Fault.Slow());

        TicketOutcome outcome = fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        assertThat(outcome.action()).isEqualTo(Action.CREATED);
        assertThat(fx.linear.issues()).hasSize(1);
        assertThat(fx.linear.operations()).containsOnlyOnce("CreateIssue");
    }

    @Test
    void aCommentWhoseAnswerWasLostIsNotPostedTwice() {
        fx.run().sync("app", SyncFixture.draft("app", TWO), false);
        fx.linear.failNext("AddComment", 1, new Fault.LostResponse(true));

        fx.run().sync("app", null, false);

        assertThat(fx.linear.comments(fx.linear.issues().get(0).id())).hasSize(1);
        assertThat(fx.linear.issues().get(0).stateType()).isEqualTo("completed");
    }

    @Test
    void serverErrorsAreRetriedWithGrowingBackoff() {
        fx.linear.failNext("FindTeam", 3, new Fault.ServerError(503));

        TicketOutcome outcome = fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        assertThat(outcome.action()).isEqualTo(Action.CREATED);
        List<Duration> sleeps = fx.time.sleeps();
        assertThat(sleeps).hasSize(3);
        // attempt n waits between half and all of 100 ms * 2^(n-1)
        for (int n = 0; n < 3; n++) {
            long full = 100L << n;
            assertThat(sleeps.get(n).toMillis()).isBetween(full / 2, full);
        }
    }

    @Test
    void rateLimitWaitsUntilTheResetHeader() {
        fx.linear.failNext("FindTeam", 1, new Fault.RateLimited(45_000, null));

        TicketOutcome outcome = fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        assertThat(outcome.action()).isEqualTo(Action.CREATED);
        assertThat(fx.time.sleeps()).containsExactly(Duration.ofSeconds(45));
    }

    @Test
    void rateLimitHonoursRetryAfterAndIsCapped() {
        fx.linear.failNext("FindTeam", 1, new Fault.RateLimited(1_000, 20));
        fx.linear.failNext("FindProject", 1, new Fault.RateLimited(3_600_000, null));

        fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        assertThat(fx.time.sleeps()).containsExactly(Duration.ofSeconds(20), fx.policy.maxRateLimitWait());
    }

    @Test
    void aRateLimitThatNeverLiftsEndsInTheOutboxWithinTheBudget() {
        fx.linear.failAlways(null, new Fault.RateLimited(60_000, null));

        TicketOutcome outcome = fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        assertThat(outcome.action()).isEqualTo(Action.KEPT_IN_OUTBOX);
        assertThat(outcome.failure()).contains("(RATELIMITED)").endsWith("run again later");
        assertThat(fx.time.sleeps()).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(1),
                Duration.ofMinutes(1));
        assertThat(fx.linear.mutationCount()).isZero();
    }

    @Test
    void aLockTimeoutIsRetried() {
        fx.linear.failNext("UpdateIssue", 1, Fault.GraphQLError.lockTimeout());
        fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        assertThat(fx.run().sync("app", null, false).action()).isEqualTo(Action.RESOLVED);
        assertThat(fx.linear.issues().get(0).stateType()).isEqualTo("completed");
    }

    @Test
    void whenRetriesRunOutTheBriefIsKeptInTheOutboxAndTheNextRunFilesIt() throws Exception {
        fx.linear.failAlways(null, new Fault.ServerError(502));
        TicketDraft draft = SyncFixture.draft("app", TWO);

        TicketOutcome outcome = fx.run().sync("app", draft, false);

        assertThat(outcome.action()).isEqualTo(Action.KEPT_IN_OUTBOX);
        assertThat(outcome.failure()).startsWith("Linear: FindTeam failed after 4 attempts").contains("HTTP 502")
                .endsWith("check that 127.0.0.1 is reachable");
        assertThat(outcome.outboxFile()).isEqualTo(outboxDir.resolve("app-" + draft.fingerprint() + ".md"));
        assertThat(Files.readString(outcome.outboxFile())).contains("### Change list")
                .contains("pgdrift · pair app · fingerprint " + draft.fingerprint());
        assertThat(Files.readString(outboxDir.resolve("app-" + draft.fingerprint() + ".sql")))
                .isEqualTo(draft.migrationSql());

        fx.linear.clearFaults();
        assertThat(fx.run().sync("app", draft, false).action()).isEqualTo(Action.CREATED);
        assertThat(fx.run().sync("app", draft, false).action()).isEqualTo(Action.UNCHANGED);
        assertThat(fx.linear.issues()).hasSize(1);
    }

    @Test
    void aCreateThatLandedWhileEverythingElseFailedIsFinishedByTheNextRunNotRepeated() {
        TicketDraft draft = SyncFixture.draft("app", TWO);
        fx.linear.failNext("CreateIssue", 1, new Fault.LostResponse(true));
        fx.linear.failAlways("TicketById", new Fault.ServerError(503));

        TicketOutcome first = fx.run().sync("app", draft, false);

        assertThat(first.action()).isEqualTo(Action.KEPT_IN_OUTBOX);
        assertThat(fx.linear.issues()).hasSize(1);
        assertThat(outboxDir.resolve(".pending/app.json")).exists();

        fx.linear.clearFaults();
        TicketOutcome second = fx.run().sync("app", draft, false);

        assertThat(second.action()).isEqualTo(Action.CREATED);
        assertThat(second.identifier()).isEqualTo("ENG-1");
        assertThat(fx.linear.issues()).hasSize(1);
        assertThat(fx.linear.operations()).containsOnlyOnce("CreateIssue");
        assertThat(fx.linear.attachments(fx.linear.issues().get(0).id()))
                .extracting(FakeWorkspace.AttachmentView::title)
                .containsExactlyInAnyOrder("migration.sql", "pgdrift: pair app");
        assertThat(outboxDir.resolve(".pending/app.json")).doesNotExist();
    }

    @Test
    void aBadKeyFailsAtOnceWithLinearsMessageAndKeepsTheBrief() {
        fx.settings = new LinearSettings(fx.linear.url(), "lin_api_wrongKEY999", "ENG", "migration-review",
                SyncFixture.LABELS, null, null);

        TicketOutcome outcome = fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        assertThat(outcome.action()).isEqualTo(Action.KEPT_IN_OUTBOX);
        assertThat(outcome.failure())
                .isEqualTo("Linear: You need to authenticate to access this operation. (AUTHENTICATION_ERROR)");
        assertThat(fx.linear.operations()).hasSize(1);
        assertThat(fx.time.sleeps()).isEmpty();
        assertThatThrownBy(() -> fx.run().sync("app", null, false)).isInstanceOf(LinearException.class)
                .hasMessageNotContaining("lin_api_wrongKEY999");
    }

    @Test
    void anOAuthTokenIsSentAsBearer() {
        fx.settings = new LinearSettings(fx.linear.url(), FakeLinear.OAUTH_TOKEN, "ENG", "migration-review",
                SyncFixture.LABELS, null, null);

        assertThat(fx.run().sync("app", SyncFixture.draft("app", TWO), false).action()).isEqualTo(Action.CREATED);
        assertThat(fx.linear.authorizations()).allMatch(("Bearer " + FakeLinear.OAUTH_TOKEN)::equals);
    }

    @Test
    void aPersonalKeyIsSentBare() {
        fx.run().sync("app", null, false);
        assertThat(fx.linear.authorizations()).isNotEmpty().allMatch(FakeLinear.API_KEY::equals);
    }

    @Test
    void unknownTeamNamesTheTeamsTheKeyCanSee() {
        fx.settings = new LinearSettings(fx.linear.url(), FakeLinear.API_KEY, "PLATFORM", "migration-review",
                SyncFixture.LABELS, null, null);

        assertThatThrownBy(() -> fx.run().sync("app", null, false)).isInstanceOf(LinearException.class)
                .hasMessage("Linear: team \"PLATFORM\" not found (teams visible to this key: ENG, OPS)");
        TicketOutcome outcome = fx.run().sync("app", SyncFixture.draft("app", TWO), false);
        assertThat(outcome.action()).isEqualTo(Action.KEPT_IN_OUTBOX);
        assertThat(outcome.failure()).contains("team \"PLATFORM\" not found");
    }

    @Test
    void unknownProjectNamesTheTeamsProjects() {
        fx.settings = new LinearSettings(fx.linear.url(), FakeLinear.API_KEY, "ENG", "schema-review",
                SyncFixture.LABELS, null, null);

        assertThatThrownBy(() -> fx.run().check()).isInstanceOf(LinearException.class)
                .hasMessage("Linear: project \"schema-review\" not found in team ENG (projects of team ENG: "
                        + "migration-review)");
    }

    @Test
    void aProjectOfAnotherTeamIsNotFound() {
        fx.linear.workspace().seedProject("ops-only", "OPS");
        fx.settings = new LinearSettings(fx.linear.url(), FakeLinear.API_KEY, "ENG", "ops-only",
                SyncFixture.LABELS, null, null);

        assertThatThrownBy(() -> fx.run().check()).hasMessageContaining("project \"ops-only\" not found in team ENG");
    }

    @Test
    void anEntityNotFoundErrorBecomesOneLine() {
        fx.run().sync("app", SyncFixture.draft("app", TWO), false);
        fx.linear.failNext("UpdateIssue", 1, new Fault.GraphQLError(200, "Entity not found: Issue", "INVALID_INPUT",
                "invalid input"));

        assertThatThrownBy(() -> fx.run().sync("app", null, false)).isInstanceOf(LinearException.class)
                .hasMessage("Linear: Entity not found: Issue (INVALID_INPUT)");
    }

    @Test
    void theKeyNeverAppearsInLogsOrMessagesEvenWhenLinearEchoesIt() {
        fx.linear.failNext("FindTeam", 1, new Fault.GraphQLError(400, "bad header " + FakeLinear.API_KEY,
                "INVALID_INPUT", "invalid input"));

        TicketOutcome outcome = fx.run().sync("app", SyncFixture.draft("app", TWO), false);

        assertThat(outcome.failure()).contains("bad header").doesNotContain(FakeLinear.API_KEY);
        fx.linear.failAlways(null, new Fault.ServerError(500));
        TicketOutcome second = fx.run().sync("app", SyncFixture.draft("app", TWO), false);
        assertThat(second.failure()).doesNotContain(FakeLinear.API_KEY);
        assertThat(fx.log.lines()).anyMatch(line -> line.startsWith("DEBUG"));
        assertThat(fx.settings.toString()).doesNotContain(FakeLinear.API_KEY);
        assertThat(fx.client().toString()).doesNotContain(FakeLinear.API_KEY);
        assertThat(fx.run().toString()).doesNotContain(FakeLinear.API_KEY);
    }

    @Test
    void anOversizedBriefIsShortenedKeepingTheFooter() {
        fx.maxBodyChars = 3_000;
        List<String> many = java.util.stream.IntStream.range(0, 300)
                .mapToObj(i -> "+ table public.table_number_" + i).toList();
        TicketDraft draft = SyncFixture.draft("app", many);

        fx.run().sync("app", draft, false);

        String description = fx.linear.issues().get(0).description();
        assertThat(description.length()).isLessThanOrEqualTo(3_000);
        assertThat(description).endsWith("pgdrift · pair app · fingerprint " + draft.fingerprint())
                .contains("attached `migration.sql`").contains("[migration.sql](");
        assertThat(description.chars().filter(c -> c == '`').count() % 2).isZero();
    }

    @Test
    void aDescriptionLinearRefusesIsRetriedOnceMuchShorter() {
        fx.linear.workspace().maxDescriptionLength(4_000);
        List<String> many = java.util.stream.IntStream.range(0, 400)
                .mapToObj(i -> "+ table public.table_number_" + i).toList();
        TicketDraft draft = SyncFixture.draft("app", many);

        TicketOutcome outcome = fx.run().sync("app", draft, false);

        assertThat(outcome.action()).isEqualTo(Action.CREATED);
        assertThat(fx.linear.issues()).singleElement().satisfies(i -> assertThat(i.description())
                .hasSizeLessThanOrEqualTo(4_000).endsWith("fingerprint " + draft.fingerprint()));
        assertThat(fx.linear.operations().stream().filter("CreateIssue"::equals)).hasSize(2);
    }
}
