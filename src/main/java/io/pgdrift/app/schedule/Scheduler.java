package io.pgdrift.app.schedule;

import com.cronutils.model.time.ExecutionTime;
import io.pgdrift.app.config.Schedule;
import io.pgdrift.app.job.JobResult;
import io.pgdrift.Redaction;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the job on a cron, one run at a time, on the thread that calls {@link #run()}. Because the loop only
 * looks for the next fire time after a run has finished, two runs never overlap: fire times that pass while a
 * run is still going are skipped, and logged. A failed run is logged and the loop goes on; {@link #stop()}
 * lets a running job finish and then ends the loop.
 */
public final class Scheduler {
    private static final Logger LOG = LoggerFactory.getLogger(Scheduler.class);

    private final Schedule schedule;
    private final ExecutionTime executionTime;
    private final Clock clock;
    private final Waiter waiter;
    private final Callable<JobResult> job;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    private volatile RunStatus status = RunStatus.INITIAL;

    public Scheduler(Schedule schedule, Clock clock, Waiter waiter, Callable<JobResult> job) {
        this.schedule = schedule;
        this.executionTime = schedule.executionTime();
        this.clock = clock;
        this.waiter = waiter;
        this.job = job;
    }

    /** Loops until {@link #stop()}: wait for the next fire time, run, repeat. */
    public void run() {
        LOG.info("scheduler started: cron {}", schedule);
        try {
            while (!stopping) {
                Optional<ZonedDateTime> next = executionTime.nextExecution(now());
                if (next.isEmpty()) {
                    LOG.warn("cron {} has no further run time; stopping", schedule);
                    break;
                }
                Instant due = next.get().toInstant();
                status = status.next(due);
                LOG.info("next run at {}", next.get());
                waiter.waitUntil(due);
                if (stopping) {
                    break;
                }
                runOnce();
                reportSkipped(next.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            LOG.warn("scheduler interrupted; stopping");
        } finally {
            status = status.next(null);
            LOG.info("scheduler stopped");
            stopped.countDown();
        }
    }

    /** Asks the loop to end; a running job finishes first. Safe from any thread, e.g. a shutdown hook. */
    public void stop() {
        stopping = true;
        waiter.wake();
    }

    /** Waits for the loop to end after {@link #stop()}; true when it did within the time given. */
    public boolean awaitStopped(long timeout, TimeUnit unit) throws InterruptedException {
        return stopped.await(timeout, unit);
    }

    public RunStatus status() {
        return status;
    }

    private void runOnce() {
        Instant start = clock.instant();
        status = status.started(start);
        LOG.info("run started");
        String outcome;
        boolean failed;
        try {
            JobResult result = job.call();
            failed = !result.ok();
            outcome = (failed ? "failed: " : "ok: ") + result.outline();
        } catch (Exception | LinkageError e) {
            failed = true;
            outcome = "failed: " + Redaction.text(String.valueOf(e.getMessage()));
            LOG.error("run failed; the scheduler carries on: {}", outcome, e);
        }
        status = status.finished(clock.instant(), outcome, failed);
        LOG.info("run finished ({})", outcome);
    }

    /** Logs the fire times that passed while the run was going (they are not made up for). */
    private void reportSkipped(ZonedDateTime started) {
        ZonedDateTime now = now();
        int skipped = 0;
        ZonedDateTime first = null;
        Optional<ZonedDateTime> fire = executionTime.nextExecution(started);
        while (fire.isPresent() && !fire.get().isAfter(now)) {
            if (first == null) {
                first = fire.get();
            }
            skipped++;
            fire = executionTime.nextExecution(fire.get());
        }
        if (skipped > 0) {
            status = status.skipped(skipped);
            LOG.warn("skipped {} run(s) due from {} while the previous run was still going", skipped, first);
        }
    }

    private ZonedDateTime now() {
        return clock.instant().atZone(schedule.zone());
    }
}
