package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Table;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.Objects;

/**
 * The two table settings that name one of its indexes: {@code CLUSTER ON} and {@code REPLICA IDENTITY USING
 * INDEX}. An index the migration (re)creates carries neither, so its creation sets them again
 * ({@link #afterIndexCreated}); otherwise a changed setting is an ALTER of the table ({@link #change}).
 */
final class TableIndexRoles {
    private static final String USING_INDEX = "USING INDEX ";

    private TableIndexRoles() {
    }

    /** After an index or key constraint named {@code indexName} of a table was created. */
    static void afterIndexCreated(PlanContext plan, ObjectKey member, String indexName, Direction d) {
        if (!(plan.to().get(ObjectKey.of(ObjectKind.TABLE, member.schema(), member.name())) instanceof Table t)) {
            return;
        }
        if (indexName.equals(t.clusterOn())) {
            plan.step(Phase.LATE, t.key(), clusterOn(t), d).needs(member);
        }
        if ((USING_INDEX + indexName).equals(t.replicaIdentity())) {
            plan.step(Phase.LATE, t.key(), replicaIdentity(t), d).needs(member)
                    .hazardIfAny(Locks.accessExclusive(plan, t.key(), "changing the replica identity"));
        }
    }

    /** A new table's replica identity that names no index ({@code FULL}, {@code NOTHING}). */
    static void afterTableCreated(Table t, PlanContext plan, Direction d) {
        if (t.replicaIdentity() != null && indexOf(t.replicaIdentity()) == null) {
            plan.step(Phase.CREATE, t.key(), replicaIdentity(t), d).needs(t.key());
        }
    }

    /** {@code f} and {@code t} are the same table; a setting naming an index created by the migration waits for it. */
    static void change(Table f, Table t, PlanContext plan, Direction d) {
        if (!Objects.equals(f.clusterOn(), t.clusterOn())) {
            if (t.clusterOn() == null) {
                plan.alter(Phase.ALTER, t.key(), "ALTER TABLE " + Names.rel(t.key()) + " SET WITHOUT CLUSTER;", d);
            } else if (!created(plan, t, t.clusterOn())) {
                plan.step(Phase.LATE, t.key(), clusterOn(t), d).needs(index(plan, t, t.clusterOn()));
            }
        }
        if (!Objects.equals(f.replicaIdentity(), t.replicaIdentity())) {
            String index = indexOf(t.replicaIdentity());
            if (index == null || !created(plan, t, index)) {
                Step s = plan.step(Phase.LATE, t.key(), replicaIdentity(t), d)
                        .hazardIfAny(Locks.accessExclusive(plan, t.key(), "changing the replica identity"));
                if (index != null) {
                    s.needs(index(plan, t, index));
                }
            }
        }
    }

    private static String clusterOn(Table t) {
        return "ALTER TABLE " + Names.rel(t.key()) + " CLUSTER ON " + Sql.ident(t.clusterOn()) + ";";
    }

    private static String replicaIdentity(Table t) {
        String identity = t.replicaIdentity();
        String index = indexOf(identity);
        String how = identity == null ? "DEFAULT"
                : index != null ? USING_INDEX + Sql.ident(index)
                : Names.word(identity, java.util.Set.of("FULL", "NOTHING"), "replica identity");
        return "ALTER TABLE " + Names.rel(t.key()) + " REPLICA IDENTITY " + how + ";";
    }

    private static String indexOf(String replicaIdentity) {
        return replicaIdentity != null && replicaIdentity.startsWith(USING_INDEX)
                ? replicaIdentity.substring(USING_INDEX.length()) : null;
    }

    private static boolean created(PlanContext plan, Table t, String index) {
        return plan.decision().isCreated(index(plan, t, index));
    }

    /** The key of the index: an index of its own, or the key constraint it backs (which has its name). */
    private static ObjectKey index(PlanContext plan, Table t, String name) {
        ObjectKey index = ObjectKey.member(ObjectKind.INDEX, t.key().schema(), t.key().name(), name);
        return plan.to().get(index) != null ? index
                : ObjectKey.member(ObjectKind.CONSTRAINT, t.key().schema(), t.key().name(), name);
    }
}
