package io.pgdrift.app.job;

import io.pgdrift.app.config.DiscoverConfig;
import io.pgdrift.app.config.PairConfig;
import io.pgdrift.Redaction;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one {@code discover:} entry into pairs: lists both servers, pairs every wanted database present on both,
 * and notes the ones present on one side only. The job logs the notes (a WARN line for a one-sided database)
 * where it prints them, so a sharded run reports each once.
 */
final class Discovery {
    private static final Logger LOG = LoggerFactory.getLogger(Discovery.class);

    private final DatabaseLister lister;

    Discovery(DatabaseLister lister) {
        this.lister = lister;
    }

    /**
     * @param configured names of the pairs listed under {@code pairs:}: a database whose pair name is one of them
     *                   is left to that entry (how one discovered database gets its own settings or routing)
     * @param taken names of pairs discovered so far; discovered names are added, and a clash is a failure note
     * @param pairs receives the discovered pairs, in database-name order
     * @param notes receives one-sided databases and failures
     */
    void discover(DiscoverConfig entry, Set<String> configured, Set<String> taken, List<PairConfig> pairs,
                  List<FleetNote> notes) {
        Set<String> staging;
        Set<String> production;
        try {
            staging = wanted(entry, lister.list(entry.staging().listing()));
            production = wanted(entry, lister.list(entry.production().listing()));
        } catch (RuntimeException e) {
            String reason = Redaction.reason(e);
            notes.add(new FleetNote(entry.path(), "databases could not be listed, no pair checked — " + reason, true));
            return;
        }
        int before = pairs.size();
        for (String database : staging) {
            if (production.contains(database)) {
                add(entry, database, configured, taken, pairs, notes);
            } else {
                oneSided(entry, database, "staging", entry.staging().toString(), notes);
            }
        }
        for (String database : production) {
            if (!staging.contains(database)) {
                oneSided(entry, database, "production", entry.production().toString(), notes);
            }
        }
        LOG.info("{}: {} databases on both servers become pairs", entry.path(), pairs.size() - before);
    }

    private static void add(DiscoverConfig entry, String database, Set<String> configured, Set<String> taken,
                            List<PairConfig> pairs, List<FleetNote> notes) {
        String name = entry.pairName(database);
        if (configured.contains(name)) {
            LOG.debug("{}: database \"{}\" is left to the configured pair {}", entry.path(), database, name);
            return;
        }
        String problem = null;
        if (!PairConfig.NAME.matcher(name).matches()) {
            problem = "database \"" + database + "\" gives the pair name \"" + name + "\", which may hold only letters, "
                    + "digits, '.', '_' and '-'; leave it out with " + entry.path() + ".excludeDatabases";
        } else if (!taken.add(name)) {
            problem = "database \"" + database + "\" gives the pair name \"" + name + "\", which another pair has; "
                    + "give " + entry.path() + ".name a distinct template such as eu-" + DiscoverConfig.PLACEHOLDER;
        }
        if (problem != null) {
            notes.add(new FleetNote(entry.path(), problem, true));
            return;
        }
        pairs.add(entry.pair(database));
    }

    private static void oneSided(DiscoverConfig entry, String database, String side, String server,
                                 List<FleetNote> notes) {
        notes.add(new FleetNote(entry.pairName(database),
                "database \"" + database + "\" is only on " + side + " (" + server + "), not compared", false));
    }

    private static Set<String> wanted(DiscoverConfig entry, List<String> databases) {
        Set<String> wanted = new TreeSet<>();
        for (String database : databases) {
            if (entry.wants(database)) {
                wanted.add(database);
            }
        }
        return wanted;
    }
}
