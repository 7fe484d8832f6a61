package io.pgdrift.model;

import java.util.List;

/**
 * An index that does not back a constraint (those are the constraint). Keyed by table and index name.
 *
 * @param definition {@code pg_get_indexdef} with the index name and {@code ONLY} removed, e.g.
 *                   {@code CREATE UNIQUE INDEX ON public.users USING btree (lower(email)) WHERE (deleted_at IS NULL)};
 *                   the plan puts the (quoted) name back
 * @param invalid    true when {@code pg_index.indisvalid} is false: a {@code CREATE INDEX CONCURRENTLY} that failed
 *                   part-way (or a partitioned index some partition has no index attached to yet). Queries do not
 *                   use it, so it differs from a valid index of the same definition and the migration rebuilds it
 * @param statistics statistics targets set on the index's expression columns, {@code column number=target} in column
 *                   order ({@code ALTER INDEX ... ALTER COLUMN 1 SET STATISTICS 300})
 * @param attached   for an index of a partitioned table, the indexes of its partitions attached to it (keyed by
 *                   partition and name). They stand for this index and are not objects of their own; not compared
 *                   (PostgreSQL names them itself), but the plan uses staging's names when it attaches an index
 *                   production's partition holds locally, and production's to say which it cannot detach
 */
public record Index(ObjectKey key, String definition, String comment, boolean invalid, List<String> statistics,
                    @NotCompared List<ObjectKey> attached)
        implements SchemaObject {

    public Index {
        statistics = Lists.copy(statistics);
        attached = Lists.copy(attached);
    }

    /** An index no partition's index is attached to. */
    public Index(ObjectKey key, String definition, String comment, boolean invalid, List<String> statistics) {
        this(key, definition, comment, invalid, statistics, List.of());
    }

    /** A valid index without statistics targets. */
    public Index(ObjectKey key, String definition, String comment) {
        this(key, definition, comment, false, List.of());
    }
}
