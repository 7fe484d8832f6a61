package io.pgdrift.model;

/**
 * An index that does not back a constraint (those are the constraint). Keyed by table and index name.
 *
 * @param definition {@code pg_get_indexdef} with the index name and {@code ONLY} removed, e.g.
 *                   {@code CREATE UNIQUE INDEX ON public.users USING btree (lower(email)) WHERE (deleted_at IS NULL)};
 *                   the plan puts the (quoted) name back
 */
public record Index(ObjectKey key, String definition, String comment) implements SchemaObject {
}
