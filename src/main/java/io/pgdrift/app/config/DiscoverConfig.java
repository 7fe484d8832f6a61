package io.pgdrift.app.config;

import io.pgdrift.catalog.DatabaseUrl;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One {@code discover:} entry: a staging and a production server whose databases of the same name, matching
 * {@code databases} and none of {@code excludeDatabases}, become one pair each, named by the {@code name}
 * template and set up like {@code defaults}.
 *
 * @param path     the entry's key path ({@code discover} or {@code discover[1]}), for messages
 * @param defaults what every discovered pair gets (schemas, exclude, ...); its name and URLs are placeholders
 */
public record DiscoverConfig(String path, ServerUrl staging, ServerUrl production, Pattern databases,
                             List<Pattern> excludeDatabases, String name, PairConfig defaults) {
    /** Where the database name goes in the pair-name template. */
    public static final String PLACEHOLDER = "{database}";

    public DiscoverConfig {
        excludeDatabases = List.copyOf(excludeDatabases);
    }

    /** True when a database of this name is to be compared. */
    public boolean wants(String database) {
        return databases.matcher(database).matches()
                && excludeDatabases.stream().noneMatch(p -> p.matcher(database).matches());
    }

    public String pairName(String database) {
        return name.replace(PLACEHOLDER, database);
    }

    /** The pair comparing {@code database} on the staging server with the one on the production server. */
    public PairConfig pair(String database) {
        DatabaseUrl onStaging = staging.database(database);
        DatabaseUrl onProduction = production.database(database);
        return defaults.named(pairName(database), onStaging, onProduction);
    }
}
