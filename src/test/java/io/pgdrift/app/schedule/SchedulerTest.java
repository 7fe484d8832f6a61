package io.pgdrift.app.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.parser.CronParser;
import io.pgdrift.PgdriftException;
import io.pgdrift.app.config.Schedule;
import io.pgdrift.app.job.JobResult;
import io.pgdrift.app.job.PairResult;
import io.pgdrift.app.logging.LogFormat;
import io.pgdrift.app.logging.LogSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    private static final CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));
    private static final JobResult OK = new JobResult(List.of());

    private final StringWriter log = new StringWriter();

    private LogSettings.Invocation logs;

    @BeforeEach
    void captureLog() {
        logs = LogSettings.open();
        LogSettings.configure(false, LogFormat.TEXT, new PrintWriter(log, true));
    }

    @AfterEach
    void restoreLog() {
        logs.close();
    }

    private static Schedule schedule(String cron, String zone) {
        return new Schedule(cron, UNIX.parse(cron), ZoneId.of(zone));
    }

    @Test
    void runsAtEachFireTimeOfTheCronInItsTimeZone() {
        ManualTime time = new ManualTime(Instant.parse("2026-11-24T10:00:00Z"));
        List<Instant> runs = new ArrayList<>();
        Scheduler[] scheduler = new Scheduler[1];
        scheduler[0] = new Scheduler(schedule("0 3 * * *", "Europe/Berlin"), time, time, () -> {
            runs.add(time.instant());
            if (runs.size() == 3) {
                scheduler[0].stop();
            }
            return OK;
        });
        scheduler[0].run();

        // 03:00 in Berlin is 02:00 UTC in winter
        assertThat(runs).containsExactly(Instant.parse("2026-11-25T02:00:00Z"), Instant.parse("2026-11-26T02:00:00Z"),
                Instant.parse("2026-11-27T02:00:00Z"));
        assertThat(log.toString()).contains("next run at 2026-11-25T03:00+01:00[Europe/Berlin]");
        assertThat(scheduler[0].status().runs()).isEqualTo(3);
    }

    @Test
    void aRunStillGoingWhenTheNextIsDueSkipsItAndNeverOverlaps() {
        ManualTime time = new ManualTime(Instant.parse("2026-11-24T10:00:30Z"));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        List<Instant> starts = new ArrayList<>();
        Scheduler[] scheduler = new Scheduler[1];
        scheduler[0] = new Scheduler(schedule("* * * * *", "UTC"), time, time, () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            starts.add(time.instant());
            time.advance(Duration.ofSeconds(150)); // this run takes two and a half minutes
            if (starts.size() == 2) {
                scheduler[0].stop();
            }
            running.decrementAndGet();
            return OK;
        });
        scheduler[0].run();

        // due 10:01, ran until 10:03:30: the runs due at 10:02 and 10:03 were skipped, the next was 10:04
        assertThat(starts).containsExactly(Instant.parse("2026-11-24T10:01:00Z"), Instant.parse("2026-11-24T10:04:00Z"));
        assertThat(mostAtOnce).hasValue(1);
        assertThat(scheduler[0].status().skippedRuns()).isEqualTo(4);
        assertThat(log.toString()).contains("skipped 2 run(s) due from 2026-11-24T10:02Z[UTC] while the previous run was still going");
    }

    @Test
    void aFailedRunIsLoggedAndTheSchedulerCarriesOn() {
        ManualTime time = new ManualTime(Instant.parse("2026-11-24T10:00:00Z"));
        AtomicInteger calls = new AtomicInteger();
        Scheduler[] scheduler = new Scheduler[1];
        scheduler[0] = new Scheduler(schedule("*/5 * * * *", "UTC"), time, time, () -> {
            int call = calls.incrementAndGet();
            if (call == 1) {
                throw new PgdriftException("configuration vanished");
            }
            if (call == 2) {
                return new JobResult(List.of(new PairResult.Failed("crm", "production unreachable — refused")));
            }
            scheduler[0].stop();
            return OK;
        });
        scheduler[0].run();

        assertThat(calls).hasValue(3);
        RunStatus status = scheduler[0].status();
        assertThat(status.runs()).isEqualTo(3);
        assertThat(status.failedRuns()).isEqualTo(2);
        assertThat(status.lastOutcome()).isEqualTo("ok: 0 pairs, all reported");
        assertThat(log.toString()).contains("run failed; the scheduler carries on: failed: configuration vanished")
                .contains("run finished (failed: 1 pair, 1 failed)");
    }

    @Test
    void stopLetsTheRunningJobFinishThenEndsTheLoop() throws Exception {
        ManualTime time = new ManualTime(Instant.parse("2026-11-24T10:00:00Z"));
        CountDownLatch jobStarted = new CountDownLatch(1);
        CountDownLatch releaseJob = new CountDownLatch(1);
        AtomicInteger finishedRuns = new AtomicInteger();
        Scheduler scheduler = new Scheduler(schedule("0 * * * *", "UTC"), time, time, () -> {
            jobStarted.countDown();
            releaseJob.await();
            finishedRuns.incrementAndGet();
            return OK;
        });
        Thread loop = new Thread(scheduler::run, "scheduler-under-test");
        loop.start();
        assertThat(jobStarted.await(30, TimeUnit.SECONDS)).isTrue();

        scheduler.stop(); // as the SIGTERM hook does, while the job is running
        assertThat(scheduler.awaitStopped(0, TimeUnit.SECONDS)).as("stopped before the job finished").isFalse();
        releaseJob.countDown();

        assertThat(scheduler.awaitStopped(30, TimeUnit.SECONDS)).isTrue();
        loop.join();
        assertThat(finishedRuns).hasValue(1);
        assertThat(scheduler.status().running()).isFalse();
        assertThat(time.waitedFor()).hasSize(1);
        assertThat(log.toString()).contains("scheduler stopped");
    }
}
