package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.Sequence;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Sequences (not those of identity columns: see {@link ColumnDdl}). {@code OWNED BY} is its own statement,
 * after the column exists; a sequence owned by a dropped column or table goes with it.
 */
final class SequenceDdl implements KindDdl<Sequence> {

    static final SequenceDdl INSTANCE = new SequenceDdl();

    private static final Set<String> TYPES = Set.of("smallint", "integer", "bigint");

    static Hazard losesCurrentValue(ObjectKey k) {
        return new Hazard(HazardKind.DATA_LOSS, "drops sequence " + k.display() + " and its current value", null);
    }

    @Override
    public Class<Sequence> type() {
        return Sequence.class;
    }

    @Override
    public Step create(Sequence s, PlanContext plan, Direction d) {
        ObjectKey k = s.key();
        Step main = plan.step(Phase.CREATE, k, "CREATE " + (s.unlogged() ? "UNLOGGED " : "") + "SEQUENCE "
                + Names.rel(k) + " AS "
                + Names.word(s.dataType(), TYPES, "sequence type") + " INCREMENT BY " + s.increment()
                + " MINVALUE " + s.minValue() + " MAXVALUE " + s.maxValue() + " START WITH " + s.start()
                + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NO CYCLE") + ";", d);
        if (s.ownedBy() != null) {
            ownedBy(plan, k, s.ownedBy(), d);
        }
        Grants.change(plan, s, target(s), List.of(), s.grants(), d);
        Kinds.commentOnCreate(plan, s, d);
        return main;
    }

    @Override
    public Step drop(Sequence s, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, s.key(), "DROP SEQUENCE " + Names.rel(s.key()) + ";", d)
                .hazard(losesCurrentValue(s.key()));
    }

    @Override
    public ObjectKey droppedWith(Sequence s, SnapshotIndex from, Decision decision) {
        ObjectKey column = s.ownedBy();
        if (column == null) {
            return null;
        }
        if (decision.isDropped(column)) {
            return column;
        }
        ObjectKey table = from.owner(column);
        return table != null && decision.isDropped(table) ? table : null;
    }

    @Override
    public void alter(Sequence f, Sequence t, PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        StringBuilder options = new StringBuilder();
        if (!f.dataType().equals(t.dataType())) {
            options.append(" AS ").append(Names.word(t.dataType(), TYPES, "sequence type"));
        }
        if (f.increment() != t.increment()) {
            options.append(" INCREMENT BY ").append(t.increment());
        }
        if (f.minValue() != t.minValue()) {
            options.append(" MINVALUE ").append(t.minValue());
        }
        if (f.maxValue() != t.maxValue()) {
            options.append(" MAXVALUE ").append(t.maxValue());
        }
        if (f.start() != t.start()) {
            options.append(" START WITH ").append(t.start());
        }
        if (f.cache() != t.cache()) {
            options.append(" CACHE ").append(t.cache());
        }
        if (f.cycle() != t.cycle()) {
            options.append(t.cycle() ? " CYCLE" : " NO CYCLE");
        }
        if (options.length() > 0) {
            plan.alter(Phase.ALTER, k, "ALTER SEQUENCE " + Names.rel(k) + options + ";", d);
        }
        if (f.unlogged() != t.unlogged()) {
            // PostgreSQL 15+: the sequence is rewritten, a few pages
            plan.alter(Phase.ALTER, k, "ALTER SEQUENCE " + Names.rel(k) + (t.unlogged() ? " SET UNLOGGED;"
                    : " SET LOGGED;"), d);
        }
        if (!Objects.equals(f.ownedBy(), t.ownedBy())) {
            if (f.ownedBy() != null) {
                plan.alter(Phase.ALTER, k, "ALTER SEQUENCE " + Names.rel(k) + " OWNED BY NONE;", d)
                        .beforeDropOf(f.ownedBy())
                        .beforeDropOf(Members.relationOf(plan.from(), f.ownedBy()));
            }
            if (t.ownedBy() != null) {
                ownedBy(plan, k, t.ownedBy(), d);
            }
        }
        Grants.change(plan, t, target(t), f.grants(), t.grants(), d);
    }

    @Override
    public String commentTarget(Sequence s) {
        return target(s);
    }

    private static String target(Sequence s) {
        return "SEQUENCE " + Names.rel(s.key());
    }

    /** {@code OWNED BY}, late: after both the sequence and the column exist. */
    private static void ownedBy(PlanContext plan, ObjectKey sequence, ObjectKey column, Direction d) {
        plan.step(Phase.LATE, sequence, "ALTER SEQUENCE " + Names.rel(sequence) + " OWNED BY " + Names.rel(column)
                + "." + Names.member(column) + ";", d).needs(sequence).needs(column);
    }
}
