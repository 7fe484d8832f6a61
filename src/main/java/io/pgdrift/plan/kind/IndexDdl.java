package io.pgdrift.plan.kind;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.Index;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Indexes that back no constraint: any change of the definition recreates the index. */
final class IndexDdl implements KindDdl<Index> {

    static final IndexDdl INSTANCE = new IndexDdl();

    private static final Pattern HEAD = Pattern.compile("^CREATE (UNIQUE )?INDEX (?=ON )");

    static Hazard buildBlocksWrites(ObjectKey relation) {
        return new Hazard(HazardKind.BLOCKS_WRITES, "builds the index while holding a SHARE lock on "
                + relation.display() + ", blocking writes", "CREATE INDEX CONCURRENTLY (outside a transaction)");
    }

    static Hazard dropLocks(ObjectKey relation) {
        return Locks.dropLock(relation, "", "DROP INDEX CONCURRENTLY (outside a transaction)");
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
        ObjectKey relation = Members.relationOf(plan.to(), k);
        Step step = plan.step(Phase.CREATE, k, "CREATE " + (m.group(1) == null ? "" : m.group(1)) + "INDEX "
                + Names.member(k) + " " + index.definition().substring(m.end()) + ";", d).needs(relation);
        if (!plan.decision().isCreated(relation)) {
            step.hazard(buildBlocksWrites(relation));
        }
        Kinds.commentOnCreate(plan, index, d);
        return step;
    }

    @Override
    public Step drop(Index index, PlanContext plan, Direction d) {
        ObjectKey k = index.key();
        return plan.step(Phase.DROP, k, "DROP INDEX " + Sql.qualified(k.schema(), k.member()) + ";", d)
                .hazard(dropLocks(Members.relationOf(plan.from(), k)));
    }

    @Override
    public Rebuild rebuild(Index f, Index t, int fromMajor) {
        return f.definition().equals(t.definition()) ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    @Override
    public void alter(Index f, Index t, PlanContext plan, Direction d) {
        // nothing but the comment, which the orchestration writes
    }

    @Override
    public String commentTarget(Index index) {
        return "INDEX " + Sql.qualified(index.key().schema(), index.key().member());
    }
}
