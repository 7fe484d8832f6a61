package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Partition trees and the names of the helper objects online patterns create: what several kinds need to know
 * before choosing a pattern PostgreSQL accepts on a partitioned table.
 */
final class Partitions {
    /** PostgreSQL's identifier limit, in bytes. */
    private static final int NAME_BYTES = 63;

    private Partitions() {
    }

    /** True when {@code table} is a partitioned table on {@code side}. */
    static boolean isPartitioned(SnapshotIndex side, ObjectKey table) {
        return side.get(table) instanceof Table t && t.partitionKey() != null;
    }

    /** The direct partitions of {@code parent} on {@code side}. */
    static List<Table> of(SnapshotIndex side, ObjectKey parent) {
        List<Table> partitions = new ArrayList<>();
        for (SchemaObject object : side.objects()) {
            if (object instanceof Table t && parent.equals(t.partitionOf())) {
                partitions.add(t);
            }
        }
        return partitions;
    }

    /** {@code base} with {@code suffix}, {@code base} cut (at a character) so the whole fits PostgreSQL's 63 bytes. */
    static String name(String base, String suffix) {
        String cut = base;
        while ((cut + suffix).getBytes(StandardCharsets.UTF_8).length > NAME_BYTES) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + suffix;
    }
}
