package io.pgdrift.app.config;

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
 */
public record Config(Optional<LinearSettings> linear, List<PairConfig> pairs, Optional<Schedule> schedule,
                     Path outbox) {
    public Config {
        pairs = List.copyOf(pairs);
    }

    /** The pairs to run: all, or the one named (a {@link io.pgdrift.PgdriftException} names the known ones). */
    public List<PairConfig> select(String pairName) {
        if (pairName == null) {
            return pairs;
        }
        return pairs.stream().filter(p -> p.name().equals(pairName)).findFirst().map(List::of)
                .orElseThrow(() -> new io.pgdrift.PgdriftException("no pair named \"" + pairName
                        + "\" in the configuration; configured pairs: "
                        + String.join(", ", pairs.stream().map(PairConfig::name).toList())));
    }
}
