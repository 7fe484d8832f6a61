package io.pgdrift.plan.kind;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.Column;
import io.pgdrift.model.Index;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Table;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Indexes that back no constraint: any change of the definition recreates the index, and so does an index
 * production holds invalid (a {@code CREATE INDEX CONCURRENTLY} that failed part-way).
 *
 * <p>Online, on a table production has: built {@code CONCURRENTLY} outside any transaction; on a partitioned
 * table (which PostgreSQL cannot index concurrently) {@code ON ONLY} the parent, each partition's index built
 * concurrently, then attached; a changed index built concurrently under a temporary name, the old one dropped
 * concurrently, the new one renamed; drops {@code CONCURRENTLY}.
 */
final class IndexDdl implements KindDdl<Index> {

    static final IndexDdl INSTANCE = new IndexDdl();

    private static final Pattern HEAD = Pattern.compile("^CREATE (UNIQUE )?INDEX (?=ON )");
    private static final String NEW_SUFFIX = "_pgdrift_new";

    static Hazard buildBlocksWrites(ObjectKey relation) {
        return new Hazard(HazardKind.BLOCKS_WRITES, "builds the index while holding a SHARE lock on "
                + relation.display() + ", blocking writes", "CREATE INDEX CONCURRENTLY (outside a transaction; "
                + "what --mode online writes)");
    }

    static Hazard rebuildBlocksReads(ObjectKey relation) {
        return new Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "rebuilds the index in the transaction that dropped it: "
                + "the DROP's ACCESS EXCLUSIVE lock on " + relation.display() + " blocks reads and writes until "
                + "COMMIT, and queries have no index meanwhile", "build the new index CONCURRENTLY under another "
                + "name, drop the old one CONCURRENTLY, then rename (what --mode online writes)");
    }

    static Hazard dropLocks(ObjectKey relation) {
        return Locks.dropLock(relation, "", "DROP INDEX CONCURRENTLY (outside a transaction; what --mode online "
                + "writes)");
    }

    static Hazard buildsConcurrently(ObjectKey relation) {
        return new Hazard(HazardKind.NON_TRANSACTIONAL, "builds the index CONCURRENTLY: reads and writes of "
                + relation.display() + " go on, the build scans it twice; if it fails it leaves an invalid index, "
                + "which pgdrift run again rebuilds", null);
    }

    static Hazard partitionedIndexLocks(ObjectKey relation) {
        return new Hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "PostgreSQL cannot drop an index of a partitioned table "
                + "CONCURRENTLY: takes an ACCESS EXCLUSIVE lock on " + relation.display() + " and every partition",
                null);
    }

    static Hazard queriesMayNeedIt(ObjectKey index, ObjectKey relation) {
        return new Hazard(HazardKind.SLOWER_QUERIES, "queries on " + relation.display() + " that use index "
                + index.member() + " fall back to other indexes or a full scan", "check pg_stat_user_indexes.idx_scan "
                + "for it in production first");
    }

    static Hazard wasInvalid(ObjectKey index) {
        return new Hazard(HazardKind.NON_TRANSACTIONAL, "production's index " + index.member() + " is invalid (a "
                + "concurrent build failed part-way); queries do not use it: it is built again", null);
    }

    static Hazard cannotDetach(ObjectKey partition, ObjectKey parentIndex) {
        return new Hazard(HazardKind.SLOWER_QUERIES, "production's index of " + partition.display()
                + " of this definition is attached to " + parentIndex.member() + ", which goes; PostgreSQL cannot "
                + "detach an index from its parent, so it is dropped with it and built again: queries on "
                + partition.display() + " have no such index in between", null);
    }

    static Hazard notAttachable(ObjectKey index, ObjectKey parentIndex) {
        return new Hazard(HazardKind.SLOWER_QUERIES, "production's own index " + index.member() + " is not attached "
                + "to the parent's new index " + parentIndex.member() + ": their definitions differ, so it is dropped "
                + "and the partition's index is built", null);
    }

    @Override
    public Class<Index> type() {
        return Index.class;
    }

    @Override
    public Step create(Index index, PlanContext plan, Direction d) {
        ObjectKey k = index.key();
        Matcher m = HEAD.matcher(index.definition());
        if (!m.find()) {
            throw new PgdriftException("unexpected index definition of " + k.display() + " in the snapshot: "
                    + index.definition());
        }
        String head = "CREATE " + (m.group(1) == null ? "" : m.group(1)) + "INDEX ";
        String on = index.definition().substring(m.end());
        ObjectKey relation = Members.relationOf(plan.to(), k);
        boolean rebuilt = plan.decision().isDropped(k) && plan.from().contains(k);
        String tail = tailAfter(on, relation);
        // built beside the old one only when the index itself changed: one rebuilt because something it uses is
        // dropped or retyped must wait for that, after its old form is gone
        List<ObjectKey> droppedColumns = rebuilt ? droppedColumnsOf(plan, k, relation) : List.of();
        boolean beside = rebuilt && plan.from().get(k) instanceof Index before
                && (!before.definition().equals(index.definition()) || before.invalid())
                && droppedColumns.isEmpty()
                && plan.from().dependencies(k).stream().noneMatch(dep -> plan.decision().isDropped(dep)
                        || plan.decision().isRetypedByType(dep) || plan.decision().isTypeRecreated(dep));
        Step oldDropped = plan.dropStepOf(k);
        if (oldDropped != null) {
            // DROP COLUMN takes the index along: the index's own DROP must come first
            droppedColumns.forEach(oldDropped::beforeDropOf);
        }
        Step step;
        if (tail != null && index.invalid() && index.attached().isEmpty()
                && Partitions.isPartitioned(plan.to(), relation)) {
            // staging's index was made ON ONLY the partitioned table and no partition's index is attached to it
            // yet: the same, a catalog change that builds nothing (attaching the partitions would make it valid)
            step = plan.step(Phase.CREATE, k, head + Names.member(k) + " ON ONLY " + Names.rel(relation) + tail + ";",
                    d).needs(relation);
        } else if (plan.online(relation) && tail != null && Partitions.isPartitioned(plan.from(), relation)) {
            step = IndexDdlPartitioned.online(head, tail, index, relation, plan, d);
        } else if (plan.online(relation) && beside) {
            step = rebuiltConcurrently(head, on, k, relation, plan, d);
        } else if (plan.online(relation)) {
            step = plan.step(Phase.CREATE, k, head + "CONCURRENTLY " + ifNotKept(plan, relation) + Names.member(k)
                    + " " + on + ";", d).needs(relation).outsideTransaction().longRunning()
                    .hazard(buildsConcurrently(relation));
        } else {
            step = plan.step(Phase.CREATE, k, head + ifNotKept(plan, relation) + Names.member(k) + " " + on + ";", d)
                    .needs(relation);
            IndexDdlPartitioned.renamesBeforeCreate(index, relation, plan, d).forEach(step::after);
            if (!plan.decision().isCreated(relation)) {
                step.hazard(rebuilt ? rebuildBlocksReads(relation) : buildBlocksWrites(relation));
            }
        }
        if (rebuilt && plan.from().get(k) instanceof Index before && before.invalid()) {
            step.hazard(wasInvalid(k));
        }
        Index attachedBefore = PartitionIndexes.droppedParentOf(index, relation, plan);
        if (attachedBefore != null) {
            step.afterDropOf(attachedBefore.key()).hazard(cannotDetach(relation, attachedBefore.key()));
        }
        Kinds.commentOnCreate(plan, index, d);
        IndexDdlStatistics.change(k, List.of(), index.statistics(), Phase.CREATE, plan, d);
        TableIndexRoles.afterIndexCreated(plan, k, k.member(), d);
        return step;
    }

    /**
     * {@code IF NOT EXISTS } for an index of a partition this migration detaches from a parent that has indexes:
     * the detach keeps the partition's copies of them as indexes of its own, under the names PostgreSQL gave them,
     * which the catalog does not read (they stand for the parent's); staging's index is usually one of them.
     */
    private static String ifNotKept(PlanContext plan, ObjectKey relation) {
        if (plan.from().get(relation) instanceof Table before && before.partitionOf() != null
                && plan.to().get(relation) instanceof Table after
                && !before.partitionOf().equals(after.partitionOf())
                && plan.from().members(before.partitionOf()).stream().anyMatch(m -> m instanceof Index)) {
            return "IF NOT EXISTS ";
        }
        return "";
    }

    /**
     * The columns of {@code relation} this migration drops that production's index {@code k} mentions (the
     * catalog records no index-to-column dependency; a name that merely looks alike only costs the rebuild beside).
     */
    private static List<ObjectKey> droppedColumnsOf(PlanContext plan, ObjectKey k, ObjectKey relation) {
        if (!(plan.from().get(k) instanceof Index before)) {
            return List.of();
        }
        Set<String> mentioned = Identifiers.in(before.definition());
        return plan.from().columns(relation).stream().map(Column::key)
                .filter(c -> plan.decision().isDropped(c) && mentioned.contains(c.member())).toList();
    }

    /** What follows the table in {@code ON public.t USING btree (a)}, or null when the text does not start so. */
    private static String tailAfter(String on, ObjectKey relation) {
        String prefix = "ON " + Names.rel(relation) + " ";
        return on.startsWith(prefix) ? on.substring(prefix.length() - 1) : null;
    }

    /** A new index under a temporary name, concurrently; the old one dropped concurrently; the new one renamed. */
    private static Step rebuiltConcurrently(String head, String on, ObjectKey k, ObjectKey relation, PlanContext plan,
                                            Direction d) {
        String temporary = Partitions.name(k.member(), NEW_SUFFIX);
        ObjectKey temporaryKey = ObjectKey.member(ObjectKind.INDEX, k.schema(), k.name(), temporary);
        Step build = plan.step(Phase.CREATE, temporaryKey, head + "CONCURRENTLY " + Sql.ident(temporary) + " " + on
                + ";", d).needs(relation).outsideTransaction().longRunning().hazard(buildsConcurrently(relation));
        Step rename = plan.step(Phase.CREATE, k, "ALTER INDEX " + Sql.qualified(k.schema(), temporary) + " RENAME TO "
                + Names.member(k) + ";", d).after(build);
        Step drop = plan.dropStepOf(k);
        if (drop != null) {
            drop.after(build);
            rename.after(drop);
        }
        return rename;
    }

    @Override
    public Step drop(Index index, PlanContext plan, Direction d) {
        ObjectKey k = index.key();
        ObjectKey relation = Members.relationOf(plan.from(), k);
        String name = Sql.qualified(k.schema(), k.member());
        boolean rebuilt = plan.decision().isCreated(k);
        Step step;
        if (plan.online(relation) && Partitions.isPartitioned(plan.from(), relation)) {
            step = plan.step(Phase.DROP, k, "DROP INDEX " + name + ";", d).hazard(partitionedIndexLocks(relation));
        } else if (plan.online(relation)) {
            step = plan.step(Phase.DROP, k, "DROP INDEX CONCURRENTLY " + name + ";", d).outsideTransaction()
                    .longRunning();
        } else {
            step = plan.step(Phase.DROP, k, "DROP INDEX " + name + ";", d).hazard(dropLocks(relation));
        }
        if (!rebuilt && !index.invalid() && !plan.decision().isDropped(relation)) {
            step.hazard(queriesMayNeedIt(k, relation));
            ObjectKey parent = PartitionIndexes.differingNewParent(index, relation, plan);
            if (parent != null) {
                step.hazard(notAttachable(k, parent));
            }
        }
        return step;
    }

    @Override
    public Rebuild rebuild(Index f, Index t, int fromMajor) {
        return f.definition().equals(t.definition()) && f.invalid() == t.invalid()
                ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    @Override
    public void alter(Index f, Index t, PlanContext plan, Direction d) {
        // besides the comment, which the orchestration writes
        IndexDdlStatistics.change(t.key(), f.statistics(), t.statistics(), Phase.ALTER, plan, d);
    }

    @Override
    public String commentTarget(Index index) {
        return "INDEX " + Sql.qualified(index.key().schema(), index.key().member());
    }
}
