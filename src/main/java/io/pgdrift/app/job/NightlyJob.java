package io.pgdrift.app.job;

import io.pgdrift.agent.Reviewers;
import io.pgdrift.app.config.Config;
import io.pgdrift.app.config.PairConfig;
import io.pgdrift.catalog.CatalogReader;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.ticket.TicketSync;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly job, once: every selected pair, at most {@code parallelism} at a time, each on its own so one
 * failing pair never stops the others. Shared by {@code run}, {@code schedule} and {@code demo}.
 *
 * <p>Memory stays bounded by {@code parallelism}, not by the number of pairs: a pair's snapshots, plan and brief
 * are dropped as soon as its ticket is handled (a dry run prints the brief at that moment), and only its summary
 * line's worth of result is kept until the end.
 */
public final class NightlyJob {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);
    /** Folder in the outbox where the agents' answers are kept by fingerprint. */
    static final String AGENT_ANSWERS = "agent-answers";

    private final SnapshotSource snapshots;
    private final TicketDesk desk;
    private final boolean deskIsLinear;
    private final Clock clock;
    private final int parallelism;
    private final AgentReview agents;
    private final MigrationOptions migration;

    /** @param parallelism pairs compared at once; each holds two connections and two snapshots while it runs */
    public NightlyJob(SnapshotSource snapshots, TicketDesk desk, boolean deskIsLinear, Clock clock, int parallelism) {
        this(snapshots, desk, deskIsLinear, clock, parallelism, AgentReview.NONE, MigrationOptions.DEFAULT);
    }

    /** @param migration how the tickets' migrations are written (the config's {@code migration} section) */
    private NightlyJob(SnapshotSource snapshots, TicketDesk desk, boolean deskIsLinear, Clock clock, int parallelism,
                       AgentReview agents, MigrationOptions migration) {
        this.agents = agents;
        this.migration = migration;
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.snapshots = snapshots;
        this.desk = desk;
        this.deskIsLinear = deskIsLinear;
        this.clock = clock;
        this.parallelism = parallelism;
    }

    /** A job comparing {@link Config#defaultParallelism()} pairs at once. */
    public NightlyJob(SnapshotSource snapshots, TicketDesk desk, boolean deskIsLinear, Clock clock) {
        this(snapshots, desk, deskIsLinear, clock, Config.defaultParallelism());
    }

    /** The job as configured: the catalog reader, and Linear when the config has it, else the outbox. */
    public static NightlyJob forConfig(Config config) {
        CatalogReader reader = new CatalogReader();
        AgentReview agents = new AgentReview(Reviewers.of(config.agents(), config.outbox().resolve(AGENT_ANSWERS)),
                pair -> config.linear().map(linear -> linear.routing(pair).autoPriority()).orElse(false));
        if (config.linear().isPresent()) {
            TicketSync sync = new TicketSync(config.linear().get(), config.outbox(), agents);
            return new NightlyJob(reader::read, TicketDesk.linear(sync), true, Clock.systemUTC(), config.parallelism(), agents,
                    config.migration());
        }
        OutboxDesk outbox = new OutboxDesk(config.outbox());
        // the outbox is rewritten every night; the agents' answers are cached, so only new drift costs a call
        TicketDesk desk = (pair, draft, dryRun) -> outbox.sync(pair, draft == null || dryRun ? draft
                : agents.decorate(draft), dryRun);
        return new NightlyJob(reader::read, desk, false, Clock.systemUTC(), config.parallelism(), agents,
                    config.migration());
    }

    /** Runs configured pairs (nothing discovered); see {@link #run(Fleet, boolean, PrintWriter, Consumer)}. */
    public JobResult run(List<PairConfig> pairs, boolean dryRun, PrintWriter out) {
        return run(Fleet.of(pairs), dryRun, out, result -> { });
    }

    /**
     * Runs the fleet's pairs and prints one summary line per pair on {@code out}, in fleet order, then the
     * fleet's notes (in a dry run, each brief is printed as its pair finishes).
     *
     * @param finished sees each pair's full result (brief included) as the pair finishes, from a worker thread
     */
    public JobResult run(Fleet fleet, boolean dryRun, PrintWriter out, Consumer<PairResult> finished) {
        List<PairResult> results = runAll(fleet.pairs(), dryRun, out, finished);
        for (PairResult result : results) {
            out.println(result.summary());
        }
        for (FleetNote note : fleet.notes()) {
            if (note.failure()) {
                LOG.error("{}: {}", note.subject(), note.text());
            } else {
                LOG.warn("{}: {}", note.subject(), note.text());
            }
            out.println(note.line());
        }
        out.flush();
        JobResult job = new JobResult(results, fleet.notes());
        LOG.debug("run finished: {}", job.outline());
        return job;
    }

    private List<PairResult> runAll(List<PairConfig> pairs, boolean dryRun, PrintWriter out,
                                    Consumer<PairResult> finished) {
        int threads = Math.max(1, Math.min(parallelism, pairs.size()));
        LOG.info("{} {}, {} at a time", pairs.size(), pairs.size() == 1 ? "pair" : "pairs", threads);
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pairPool = Executors.newFixedThreadPool(threads, r -> daemon(r, "pgdrift-pair-" + counter.incrementAndGet()));
        ExecutorService snapshotPool = Executors.newFixedThreadPool(threads, r -> daemon(r, "pgdrift-snapshot-" + counter.incrementAndGet()));
        try {
            PairRunner runner = new PairRunner(snapshots, desk, deskIsLinear, snapshotPool, clock, agents, migration);
            List<Future<PairResult>> futures = new ArrayList<>(pairs.size());
            for (PairConfig pair : pairs) {
                futures.add(pairPool.submit(() -> {
                    PairResult result = runner.run(pair, dryRun);
                    finished.accept(result);
                    if (dryRun) {
                        printBrief(result, out);
                    }
                    return result.withoutBrief();
                }));
            }
            List<PairResult> results = new ArrayList<>(pairs.size());
            for (int i = 0; i < pairs.size(); i++) {
                results.add(await(futures.get(i), pairs.get(i).name()));
            }
            return results;
        } finally {
            pairPool.shutdownNow();
            snapshotPool.shutdownNow();
        }
    }

    private static void printBrief(PairResult result, PrintWriter out) {
        if (result instanceof PairResult.Checked checked && !checked.brief().isEmpty()) {
            // one brief at a time: pairs finish on several threads
            synchronized (out) {
                out.println(checked.brief());
                out.println();
                out.flush();
            }
        }
    }
    private static PairResult await(Future<PairResult> future, String pair) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PairResult.Failed(pair, "interrupted before it finished");
        } catch (java.util.concurrent.ExecutionException e) {
            return new PairResult.Failed(pair, "comparison failed — " + PairRunner.reason(e.getCause()));
        }
    }

    private static Thread daemon(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }
}
