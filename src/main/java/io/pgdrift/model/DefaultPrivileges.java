package io.pgdrift.model;

import java.util.List;

/**
 * The privileges a role's future objects of one type get ({@code ALTER DEFAULT PRIVILEGES}), database-wide or in
 * one schema; see {@link ObjectKey} for the key. PostgreSQL keeps an entry only where it departs from the built-in
 * default, and a database-wide entry replaces that default, so it is read as a difference from it: what it
 * grants beyond it and what it takes away. A per-schema entry can only add to the database-wide one.
 *
 * @param grants  privileges granted beyond the built-in default (all of a per-schema entry)
 * @param revoked privileges of the built-in default that a database-wide entry takes away (never grantable)
 * @param comment always null: default privileges take no comment
 */
public record DefaultPrivileges(ObjectKey key, List<Grant> grants, List<Grant> revoked, String comment)
        implements SchemaObject {
    public DefaultPrivileges {
        grants = Lists.copy(grants);
        revoked = Lists.copy(revoked);
    }
}
