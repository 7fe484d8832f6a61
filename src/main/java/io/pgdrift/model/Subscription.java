package io.pgdrift.model;

import java.util.List;

/**
 * A subscription of this database ({@code CREATE SUBSCRIPTION}). Its connection string never leaves the
 * server: it is not read. Its slot name and enabled state are the replication's running state, not schema,
 * and are not compared either.
 *
 * @param publications the publications it subscribes to (the order is not drift)
 * @param options      {@code name=value} of the options whose value is not the PostgreSQL 13-17 default
 *                     ({@code binary}, {@code streaming}, {@code synchronous_commit}, {@code disable_on_error},
 *                     {@code two_phase}, {@code origin}, {@code password_required}, {@code run_as_owner},
 *                     {@code failover}), sorted by name
 */
public record Subscription(ObjectKey key, @Unordered List<String> publications, List<String> options,
                           String comment) implements SchemaObject {
    public Subscription {
        publications = Lists.copy(publications);
        options = Lists.copy(options);
    }
}
