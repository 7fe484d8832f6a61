package io.pgdrift.plan.kind;

import io.pgdrift.model.Index;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Table;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An index created on a partitioned table production has: its partitions' indexes built (or, when production's
 * partition holds an equal index of its own, that one kept) and attached.
 */
final class IndexDdlPartitioned {

    private static final Pattern PLAIN_COLUMNS =
            Pattern.compile("^ USING \\w+ \\(([a-z_][a-z0-9_]*(?:, [a-z_][a-z0-9_]*)*)\\)");

    private IndexDdlPartitioned() {
    }

    /**
     * Online: {@code ON ONLY} the parent (a catalog change), each existing partition's index built concurrently
     * (or, for a sub-partitioned one, the same again), or kept when production has it locally, and attached; the
     * parent's index is valid once the last is attached. Partitions this migration creates come after, and get the
     * index from their parent.
     */
    static Step online(String head, String tail, Index index, ObjectKey relation, PlanContext plan, Direction d) {
        ObjectKey k = index.key();
        Step parent = plan.step(Phase.CREATE, k, head + Names.member(k) + " ON ONLY " + Names.rel(relation) + tail
                + ";", d).needs(relation);
        Step last = attachPartitions(head, tail, index, k.schema(), k.member(), relation, plan, d, parent);
        for (Table partition : Partitions.of(plan.to(), relation)) {
            Step created = plan.createStepOf(partition.key());
            if (created != null) {
                created.after(last);
            }
        }
        return parent;
    }

    /**
     * In one transaction {@code CREATE INDEX} on the parent attaches each partition's index of the same definition
     * by itself: those production keeps are only renamed to staging's names first. Returns the renames.
     */
    static List<Step> renamesBeforeCreate(Index index, ObjectKey relation, PlanContext plan, Direction d) {
        List<Step> renames = new ArrayList<>();
        if (!Partitions.isPartitioned(plan.from(), relation)) {
            return renames;
        }
        for (Table partition : Partitions.of(plan.from(), relation)) {
            ObjectKey child = PartitionIndexes.childOn(index, partition.key());
            Index local = kept(index, child, plan);
            if (local != null && !local.key().equals(child)) {
                renames.add(rename(local, child, plan, d));
            }
        }
        return renames;
    }

    /** Production's local index that becomes staging's {@code child}, or null (also when this migration drops it). */
    private static Index kept(Index parent, ObjectKey child, PlanContext plan) {
        if (parent == null || child == null) {
            return null;
        }
        Index local = PartitionIndexes.localToAttach(parent, child, plan.from(), plan.to());
        return local == null || plan.decision().isDropped(local.key()) ? null : local;
    }

    private static Step rename(Index local, ObjectKey child, PlanContext plan, Direction d) {
        return plan.step(Phase.CREATE, child, "ALTER INDEX " + Sql.qualified(local.key().schema(), local.key().member())
                + " RENAME TO " + Names.member(child) + ";", d);
    }

    /**
     * {@code index} is staging's index whose attached children name the partitions' indexes; null below the first
     * level, where they are not known.
     */
    private static Step attachPartitions(String head, String tail, Index index, String indexSchema, String indexName,
                                         ObjectKey table, PlanContext plan, Direction d, Step parentIndex) {
        Step last = parentIndex;
        for (Table partition : Partitions.of(plan.from(), table)) {
            ObjectKey p = partition.key();
            if (!plan.online(p)) {
                parentIndex.afterDropOf(p); // a partition on its way out goes before, or the index stays invalid
                continue;
            }
            ObjectKey child = index == null ? null : PartitionIndexes.childOn(index, p);
            String name = child != null ? child.member() : partitionIndexName(p, tail, indexName);
            ObjectKey key = ObjectKey.member(ObjectKind.INDEX, p.schema(), p.name(), name);
            Index local = kept(index, child, plan);
            Step ready;
            if (local != null) {
                ready = local.key().equals(key) ? parentIndex : rename(local, key, plan, d).after(parentIndex);
            } else if (partition.partitionKey() != null) {
                ready = plan.step(Phase.CREATE, key, head + Sql.ident(name) + " ON ONLY " + Names.rel(p) + tail + ";",
                        d).after(parentIndex);
                ready = attachPartitions(head, tail, null, p.schema(), name, p, plan, d, ready);
            } else {
                ready = plan.step(Phase.CREATE, key, head + "CONCURRENTLY " + Sql.ident(name) + " ON " + Names.rel(p)
                        + tail + ";", d).after(parentIndex).outsideTransaction().longRunning()
                        .hazard(IndexDdl.buildsConcurrently(p));
            }
            last = plan.step(Phase.CREATE, key, "ALTER INDEX " + Sql.qualified(indexSchema, indexName)
                    + " ATTACH PARTITION " + Sql.qualified(p.schema(), name) + ";", d).after(ready).after(last);
        }
        return last;
    }

    /**
     * The name PostgreSQL itself gives a partition's index when it cascades from the parent
     * ({@code <partition>_<columns>_idx}) for a plain column list, so the result matches a staging that was
     * indexed in one statement; otherwise one of ours.
     */
    private static String partitionIndexName(ObjectKey partition, String tail, String parentIndex) {
        Matcher m = PLAIN_COLUMNS.matcher(tail);
        if (m.find()) {
            String name = partition.name() + "_" + m.group(1).replace(", ", "_") + "_idx";
            if (name.getBytes(StandardCharsets.UTF_8).length <= 63) {
                return name;
            }
        }
        return Partitions.name(partition.name() + "_" + parentIndex, "");
    }
}
