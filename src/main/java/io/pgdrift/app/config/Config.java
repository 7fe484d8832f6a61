package io.pgdrift.app.config;

import io.pgdrift.agent.AgentsSettings;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.ticket.LinearSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A validated {@code pgdrift.yaml}: every URL parsed, every variable substituted, the cron compiled.
 *
 * @param linear   where tickets go; empty when the file has no {@code linear} section (briefs go to the outbox)
 * @param schedule the cron for {@code pgdrift schedule}; empty when the file has none
 * @param outbox   folder for briefs Linear could not take (and every brief when there is no Linear)
 * @param parallelism pairs compared at once ({@link #defaultParallelism()} unless configured)
 * @param discover the servers whose databases become pairs at run time, besides {@code pairs}
 * @param agents   the optional LLM agents (reviewer's note, triage); none unless configured
 * @param migration how the tickets' migrations are written: online, with {@code migration.lockTimeout}
 */
public record Config(Optional<LinearSettings> linear, List<PairConfig> pairs, Optional<Schedule> schedule,
                     Path outbox, int parallelism, List<DiscoverConfig> discover, AgentsSettings agents,
                     MigrationOptions migration) {
    /** The most pairs one process compares at once: each holds two connections and two snapshots in memory. */
    public static final int MAX_PARALLELISM = 64;

    public Config {
        pairs = List.copyOf(pairs);
        discover = List.copyOf(discover);
        if (migration == null) {
            migration = MigrationOptions.DEFAULT;
        }
    }

    /**
     * The processors this JVM may use (a container's CPU limit included), at least 2: while one pair waits for
     * its server, another can be diffed.
     */
    public static int defaultParallelism() {
        return Math.max(2, Runtime.getRuntime().availableProcessors());
    }
}
