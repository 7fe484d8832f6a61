package io.pgdrift.app.job;

import io.pgdrift.app.config.PairConfig;
import io.pgdrift.Redaction;
import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.diff.Change;
import io.pgdrift.diff.Differ;
import io.pgdrift.diff.UncomparedNotes;
import io.pgdrift.model.Snapshot;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.plan.MigrationPlan;
import io.pgdrift.plan.Planner;
import io.pgdrift.report.BriefContext;
import io.pgdrift.report.ChangeLines;
import io.pgdrift.report.DriftReport;
import io.pgdrift.report.MarkdownBrief;
import io.pgdrift.report.SqlScript;
import io.pgdrift.ticket.TicketDraft;
import io.pgdrift.ticket.TicketOutcome;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pair, one night: snapshot both sides at once, refuse a comparison that cannot be trusted, diff, plan,
 * render and file. Never throws: every way a pair can go wrong becomes a {@link PairResult}.
 */
public final class PairRunner {
    private static final Logger LOG = LoggerFactory.getLogger(PairRunner.class);

    private final SnapshotSource snapshots;
    private final TicketDesk desk;
    private final boolean deskIsLinear;
    private final Executor snapshotExecutor;
    private final Clock clock;
    private final AgentReview agents;
    private final MigrationOptions migration;

    /**
     * @param deskIsLinear true when {@code desk} files to Linear, so a brief it had to keep in the outbox is a failure
     * @param snapshotExecutor runs the staging snapshot while the calling thread reads production
     */
    public PairRunner(SnapshotSource snapshots, TicketDesk desk, boolean deskIsLinear, Executor snapshotExecutor,
                      Clock clock) {
        this(snapshots, desk, deskIsLinear, snapshotExecutor, clock, AgentReview.NONE, MigrationOptions.DEFAULT);
    }

    /**
     * @param agents    told each report before it is filed, so the ticket stage's decorator can review it
     * @param migration how the ticket's migration is written (mode and lock timeout)
     */
    PairRunner(SnapshotSource snapshots, TicketDesk desk, boolean deskIsLinear, Executor snapshotExecutor,
               Clock clock, AgentReview agents, MigrationOptions migration) {
        this.agents = agents;
        this.migration = migration;
        this.snapshots = snapshots;
        this.desk = desk;
        this.deskIsLinear = deskIsLinear;
        this.snapshotExecutor = snapshotExecutor;
        this.clock = clock;
    }

    public PairResult run(PairConfig pair, boolean dryRun) {
        try {
            return compare(pair, dryRun);
        } catch (RuntimeException e) {
            LOG.debug("{}: failed", pair.name(), e);
            return new PairResult.Failed(pair.name(), "comparison failed — " + reason(e));
        }
    }

    private PairResult compare(PairConfig pair, boolean dryRun) {
        LOG.info("{}: reading staging {} and production {}", pair.name(), pair.staging(), pair.production());
        CompletableFuture<Snapshot> stagingRead = CompletableFuture.supplyAsync(() -> snapshots.read(pair.staging()),
                snapshotExecutor);
        Side production = read(pair.production());
        Side staging;
        try {
            staging = new Side(stagingRead.join(), null);
        } catch (CompletionException e) {
            staging = new Side(null, e.getCause() == null ? e : e.getCause());
        }
        if (staging.failure() != null || production.failure() != null) {
            if (!dryRun) {
                deliverKept(pair.name());
            }
            return unreachable(pair.name(), staging, production);
        }
        String suspicion = EmptySide.suspicion(staging.snapshot(), production.snapshot(),
                pair.filter().compile());
        if (suspicion != null && !pair.allowEmpty()) {
            LOG.warn("{}: suspicious comparison, no ticket filed: {}", pair.name(), suspicion);
            return new PairResult.Suspicious(pair.name(), suspicion + "; check the URLs, or set allowEmpty: true for pair "
                    + pair.name() + " if this is expected");
        }
        DriftReport report = report(pair, staging.snapshot(), production.snapshot());
        LOG.info("{}: {} changes, fingerprint {}", pair.name(), report.changes().size(),
                report.identical() ? "-" : report.fingerprint());
        String brief = report.identical() ? "" : MarkdownBrief.render(report);
        TicketDraft draft = report.identical() ? null : agents.withAutoPriority(report, TicketDraft.of(pair.name(),
                report.fingerprint(), brief, SqlScript.render(report), ChangeLines.of(report.changes())));
        return file(pair.name(), report, brief, draft, dryRun);
    }

    /** Diff and plan from production (FROM) to staging (TO): what the migration must do to production. */
    private DriftReport report(PairConfig pair, Snapshot stagingAsRead, Snapshot productionAsRead) {
        Snapshot staging = pair.options().staging(stagingAsRead);
        Snapshot production = pair.options().production(productionAsRead);
        List<Change> changes = new Differ().diff(production, staging, pair.filter(), pair.options());
        MigrationPlan plan = new Planner().plan(production, staging, changes, migration);
        List<String> notCompared = UncomparedNotes.of(production, staging, pair.filter());
        notCompared.forEach(line -> LOG.info("{}: not compared: {}", pair.name(), line));
        BriefContext context = new BriefContext(pair.name(), "production", "staging", production.server(),
                staging.server(), clock.instant(), UncomparedNotes.withNeverCompared(notCompared, pair.options()));
        return DriftReport.of(context, changes, plan);
    }

    private PairResult file(String pair, DriftReport report, String brief, TicketDraft draft, boolean dryRun) {
        String fingerprint = report.identical() ? null : report.fingerprint();
        agents.filing(report);
        try {
            TicketOutcome outcome = desk.sync(pair, draft, dryRun);
            if (dryRun && draft != null && outcome.action() != TicketOutcome.Action.UNCHANGED) {
                // what the ticket would say: a dry run writes nothing, so the note is shown here instead
                brief = agents.preview(report).prependTo(brief);
            }
            String error = deskIsLinear && outcome.action() == TicketOutcome.Action.KEPT_IN_OUTBOX
                    ? "Linear did not take the brief (" + (outcome.failure() == null ? "see the log" : outcome.failure())
                            + "); it is kept in " + outcome.outboxFile()
                    : null;
            return new PairResult.Checked(pair, report.changes().size(), fingerprint, brief, outcome, dryRun, error);
        } catch (RuntimeException e) {
            LOG.error("{}: ticket failed: {}", pair, reason(e));
            LOG.debug("{}: ticket failure", pair, e);
            return new PairResult.Checked(pair, report.changes().size(), fingerprint, brief, null, dryRun, reason(e));
        } finally {
            agents.filed(pair);
        }
    }

    /** What an earlier night kept in the outbox goes to Linear even though tonight's comparison failed. */
    private void deliverKept(String pair) {
        try {
            desk.deliverKept(pair).ifPresent(outcome -> LOG.info("{}: filed the brief an earlier night kept in the "
                    + "outbox ({})", pair, outcome.action().name().toLowerCase(Locale.ROOT)));
        } catch (RuntimeException e) {
            LOG.warn("{}: the brief an earlier night kept in the outbox is still there: {}", pair, reason(e));
        }
    }

    private Side read(DatabaseUrl url) {
        try {
            return new Side(snapshots.read(url), null);
        } catch (RuntimeException e) {
            return new Side(null, e);
        }
    }

    /** {@code staging unreachable — why}, {@code production unreachable — why}, or both, joined by "; ". */
    private static PairResult unreachable(String pair, Side staging, Side production) {
        List<String> parts = new ArrayList<>();
        for (Side side : List.of(staging, production)) {
            if (side.failure() != null) {
                String name = side == staging ? "staging" : "production";
                LOG.error("{}: {} could not be read, no report: {}", pair, name, reason(side.failure()));
                LOG.debug("{}: {} snapshot failure", pair, name, side.failure());
                parts.add(name + " unreachable — " + reason(side.failure()));
            }
        }
        return new PairResult.Failed(pair, String.join("; ", parts));
    }

    static String reason(Throwable e) {
        return Redaction.reason(e);
    }

    private record Side(Snapshot snapshot, Throwable failure) {
    }
}
