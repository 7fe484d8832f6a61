package io.pgdrift.app.config;

import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.diff.DiffOptions;
import io.pgdrift.diff.ObjectFilter;

/**
 * One staging/production pair to compare.
 *
 * @param allowEmpty an empty side beside a populated one is expected (a new database), not a suspicious comparison
 */
public record PairConfig(String name, DatabaseUrl staging, DatabaseUrl production, ObjectFilter filter,
                         DiffOptions options, boolean allowEmpty) {
}
