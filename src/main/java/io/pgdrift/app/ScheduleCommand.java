package io.pgdrift.app;

import io.pgdrift.PgdriftException;
import io.pgdrift.app.config.Config;
import io.pgdrift.app.config.Schedule;
import io.pgdrift.app.job.Fleet;
import io.pgdrift.app.job.NightlyJob;
import io.pgdrift.app.schedule.ClockWaiter;
import io.pgdrift.app.schedule.HealthServer;
import io.pgdrift.app.schedule.Scheduler;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pgdrift schedule}: stays up and runs the nightly job on the configured cron until SIGTERM. */
@Command(name = "schedule", mixinStandardHelpOptions = true,
        description = {"Stay up and run the nightly job on the cron in the configuration (schedule.cron, schedule.timezone).",
                "Runs never overlap; a failed run does not stop it; SIGTERM lets a running job finish, then exits."})
final class ScheduleCommand extends ConfiguredCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduleCommand.class);

    @Option(names = "--health-port", paramLabel = "N",
            description = "Serve GET /healthz on this port (last run start/end, outcome, next run) for liveness probes.")
    Integer healthPort;

    @Override
    public Integer call() throws InterruptedException {
        log.apply(spec);
        Config loaded = config.load();
        Schedule schedule = loaded.schedule().orElseThrow(() -> new PgdriftException(
                "the configuration has no schedule; add schedule: {cron: \"0 3 * * *\", timezone: UTC}"));
        PrintWriter out = spec.commandLine().getOut();
        Clock clock = Clock.systemUTC();
        // a fresh job per run: the ticket stage caches Linear's team, states and labels for one run only,
        // and discovery lists the servers again each night
        Scheduler scheduler = new Scheduler(schedule, clock, new ClockWaiter(clock),
                () -> NightlyJob.forConfig(loaded).run(Fleet.discover(loaded), false, out, result -> { }));
        HealthServer health = healthPort == null ? null : HealthServer.start(healthPort, scheduler::status);
        if (health != null) {
            LOG.info("serving /healthz on port {}", health.port());
        }
        Thread hook = new Thread(() -> {
            LOG.info("shutdown requested: letting a running job finish, then exiting");
            scheduler.stop();
            try {
                scheduler.awaitStopped(Long.MAX_VALUE, TimeUnit.DAYS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "pgdrift-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            scheduler.run();
        } finally {
            if (health != null) {
                health.close();
            }
        }
        return 0;
    }
}
