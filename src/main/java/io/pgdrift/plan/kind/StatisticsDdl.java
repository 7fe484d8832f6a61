package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Statistics;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Extended statistics: only the statistics target changes in place; other changes drop and create the object.
 * It is created after its table and dropped along with the table or any column it covers.
 */
final class StatisticsDdl implements KindDdl<Statistics> {

    static final StatisticsDdl INSTANCE = new StatisticsDdl();

    private static final Set<String> KINDS = Set.of("ndistinct", "dependencies", "mcv");

    @Override
    public Class<Statistics> type() {
        return Statistics.class;
    }

    @Override
    public Step create(Statistics s, PlanContext plan, Direction d) {
        StringBuilder sql = new StringBuilder("CREATE STATISTICS ").append(Names.rel(s.key()));
        if (!s.kinds().isEmpty()) {
            List<String> kinds = new ArrayList<>();
            s.kinds().forEach(k -> kinds.add(Names.word(k, KINDS, "statistics kind")));
            sql.append(" (").append(String.join(", ", kinds)).append(')');
        }
        List<String> terms = new ArrayList<>();
        s.columns().forEach(c -> terms.add(Sql.ident(c)));
        s.expressions().forEach(e -> terms.add("(" + e + ")"));
        sql.append(" ON ").append(String.join(", ", terms)).append(" FROM ").append(Names.rel(s.table())).append(';');
        Step main = plan.step(Phase.CREATE, s.key(), sql.toString(), d).needs(s.table());
        if (s.target() != null) {
            plan.step(Phase.CREATE, s.key(), target(s), d).needs(s.key());
        }
        Kinds.commentOnCreate(plan, s, d);
        return main;
    }

    @Override
    public Step drop(Statistics s, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, s.key(), "DROP STATISTICS " + Names.rel(s.key()) + ";", d);
    }

    @Override
    public Rebuild rebuild(Statistics f, Statistics t, int fromMajor) {
        return f.table().equals(t.table()) && f.kinds().equals(t.kinds()) && f.columns().equals(t.columns())
                && f.expressions().equals(t.expressions()) ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    @Override
    public void alter(Statistics f, Statistics t, PlanContext plan, Direction d) {
        if (!Objects.equals(f.target(), t.target())) {
            plan.alter(Phase.ALTER, t.key(), target(t), d);
        }
    }

    @Override
    public String commentTarget(Statistics s) {
        return "STATISTICS " + Names.rel(s.key());
    }

    @Override
    public void dependencies(Statistics s, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        link.accept(s.key(), s.table());
    }

    /** Dropping the table, or any column the object covers, drops the object with it. */
    @Override
    public ObjectKey droppedWith(Statistics s, SnapshotIndex from, Decision decision) {
        if (decision.isDropped(s.table())) {
            return s.table();
        }
        for (String column : s.columns()) {
            ObjectKey key = ObjectKey.member(ObjectKind.COLUMN, s.table().schema(), s.table().name(), column);
            if (decision.isDropped(key)) {
                return key;
            }
        }
        return null;
    }

    /** -1 is the default on every major (17 also spells it DEFAULT). */
    private static String target(Statistics s) {
        return "ALTER STATISTICS " + Names.rel(s.key()) + " SET STATISTICS "
                + (s.target() == null ? -1 : s.target()) + ";";
    }
}
