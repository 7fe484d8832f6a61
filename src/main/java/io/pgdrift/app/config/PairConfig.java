package io.pgdrift.app.config;

import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.diff.DiffOptions;
import io.pgdrift.diff.ObjectFilter;
import java.util.regex.Pattern;

/**
 * One staging/production pair to compare.
 *
 * @param allowEmpty an empty side beside a populated one is expected (a new database), not a suspicious comparison
 */
public record PairConfig(String name, DatabaseUrl staging, DatabaseUrl production, ObjectFilter filter,
                         DiffOptions options, boolean allowEmpty) {
    /** What a pair name may hold: it names the ticket and the outbox files. */
    public static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

    /** This pair's settings for another name and pair of databases (how discovery applies its defaults). */
    public PairConfig named(String otherName, DatabaseUrl otherStaging, DatabaseUrl otherProduction) {
        return new PairConfig(otherName, otherStaging, otherProduction, filter, options, allowEmpty);
    }
}
