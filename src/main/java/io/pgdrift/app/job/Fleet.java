package io.pgdrift.app.job;

import io.pgdrift.PgdriftException;
import io.pgdrift.app.config.Config;
import io.pgdrift.app.config.DiscoverConfig;
import io.pgdrift.app.config.PairConfig;
import io.pgdrift.catalog.DatabaseList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The pairs one run handles: the configured ones, then the discovered ones, narrowed by {@code --pair} or
 * {@code --shard}; with the summary lines about what discovery could not pair.
 */
public record Fleet(List<PairConfig> pairs, List<FleetNote> notes) {
    /** How many names an unknown {@code --pair} error lists before "and N more". */
    private static final int NAMES_SHOWN = 20;

    public Fleet {
        pairs = List.copyOf(pairs);
        notes = List.copyOf(notes);
    }

    /** Configured pairs only: nothing is discovered. */
    public static Fleet of(List<PairConfig> pairs) {
        return new Fleet(pairs, List.of());
    }

    /**
     * Configured pairs, then every {@code discover:} entry's, listing the servers read-only. A configured pair
     * named like a discovered one replaces it (to give one database its own settings or ticket routing).
     */
    public static Fleet discover(Config config) {
        return discover(config, DatabaseList::read);
    }

    public static Fleet discover(Config config, DatabaseLister lister) {
        List<PairConfig> pairs = new ArrayList<>(config.pairs());
        List<FleetNote> notes = new ArrayList<>();
        Set<String> configured = new HashSet<>();
        config.pairs().forEach(p -> configured.add(p.name()));
        Set<String> taken = new HashSet<>();
        Discovery discovery = new Discovery(lister);
        for (DiscoverConfig entry : config.discover()) {
            discovery.discover(entry, configured, taken, pairs, notes);
        }
        return new Fleet(pairs, notes);
    }

    /** The pair named, for {@code --pair} (only failures are kept of the notes). */
    public Fleet select(String name) {
        List<PairConfig> chosen = pairs.stream().filter(p -> p.name().equals(name)).toList();
        if (chosen.isEmpty()) {
            List<String> names = pairs.stream().map(PairConfig::name).toList();
            String shown = String.join(", ", names.subList(0, Math.min(NAMES_SHOWN, names.size())))
                    + (names.size() > NAMES_SHOWN ? " and " + (names.size() - NAMES_SHOWN) + " more" : "");
            throw new PgdriftException("no pair named \"" + name + "\" in the configuration"
                    + (names.isEmpty() ? " (it has no pairs)" : "; pairs: " + shown));
        }
        return new Fleet(chosen, notes.stream().filter(FleetNote::failure).toList());
    }

    /**
     * The pairs in {@code shard}, in their order. Failures are kept in every shard (each shard's run is missing
     * those pairs); a one-sided database is noted by the shard its would-be pair name falls in, so once overall.
     */
    public Fleet shard(Shard shard) {
        return new Fleet(pairs.stream().filter(p -> shard.holds(p.name())).toList(),
                notes.stream().filter(n -> n.failure() || shard.holds(n.subject())).toList());
    }
}
