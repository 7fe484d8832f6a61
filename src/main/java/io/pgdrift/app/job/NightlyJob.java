package io.pgdrift.app.job;

import io.pgdrift.app.config.Config;
import io.pgdrift.app.config.PairConfig;
import io.pgdrift.catalog.CatalogReader;
import io.pgdrift.ticket.TicketSync;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The nightly job, once: every selected pair, at most {@link #PARALLEL_PAIRS} at a time, each on its own so
 * one failing pair never stops the others. Shared by {@code run}, {@code schedule} and {@code demo}.
 */
public final class NightlyJob {
    /** Pairs compared at once; each holds two connections while it snapshots. */
    public static final int PARALLEL_PAIRS = 4;
    private static final Logger LOG = LoggerFactory.getLogger(NightlyJob.class);

    private final SnapshotSource snapshots;
    private final TicketDesk desk;
    private final boolean deskIsLinear;
    private final Clock clock;

    public NightlyJob(SnapshotSource snapshots, TicketDesk desk, boolean deskIsLinear, Clock clock) {
        this.snapshots = snapshots;
        this.desk = desk;
        this.deskIsLinear = deskIsLinear;
        this.clock = clock;
    }

    /** The job as configured: the catalog reader, and Linear when the config has it, else the outbox. */
    public static NightlyJob forConfig(Config config) {
        CatalogReader reader = new CatalogReader();
        if (config.linear().isPresent()) {
            TicketSync sync = new TicketSync(config.linear().get(), config.outbox());
            return new NightlyJob(reader::read, sync::sync, true, Clock.systemUTC());
        }
        return new NightlyJob(reader::read, new OutboxDesk(config.outbox()), false, Clock.systemUTC());
    }

    /**
     * Runs the pairs and prints one summary line per pair on {@code out} (in a dry run, each brief first).
     */
    public JobResult run(List<PairConfig> pairs, boolean dryRun, PrintWriter out) {
        List<PairResult> results = runAll(pairs, dryRun);
        for (PairResult result : results) {
            if (dryRun && result instanceof PairResult.Checked checked && !checked.brief().isEmpty()) {
                out.println(checked.brief());
                out.println();
            }
        }
        for (PairResult result : results) {
            out.println(result.summary());
        }
        out.flush();
        JobResult job = new JobResult(results);
        LOG.debug("run finished: {}", job.outline());
        return job;
    }

    private List<PairResult> runAll(List<PairConfig> pairs, boolean dryRun) {
        int threads = Math.max(1, Math.min(PARALLEL_PAIRS, pairs.size()));
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pairPool = Executors.newFixedThreadPool(threads, r -> daemon(r, "pgdrift-pair-" + counter.incrementAndGet()));
        ExecutorService snapshotPool = Executors.newFixedThreadPool(threads, r -> daemon(r, "pgdrift-snapshot-" + counter.incrementAndGet()));
        try {
            PairRunner runner = new PairRunner(snapshots, desk, deskIsLinear, snapshotPool, clock);
            List<Future<PairResult>> futures = new ArrayList<>();
            for (PairConfig pair : pairs) {
                futures.add(pairPool.submit(() -> runner.run(pair, dryRun)));
            }
            List<PairResult> results = new ArrayList<>();
            for (int i = 0; i < pairs.size(); i++) {
                results.add(await(futures.get(i), pairs.get(i).name()));
            }
            return results;
        } finally {
            pairPool.shutdownNow();
            snapshotPool.shutdownNow();
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
