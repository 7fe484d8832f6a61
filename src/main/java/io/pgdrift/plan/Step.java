package io.pgdrift.plan;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One statement while the plan is being built, with what it does to which objects: the planner derives the
 * ordering edges from these sets and the two snapshots' dependencies (see {@link Planner}).
 */
final class Step {

    /** Coarse position, the first tie-break of the sort; dependencies always win over it. */
    enum Phase {
        /** schemas and extensions that others may need before anything else */
        SETUP,
        DROP,
        ALTER,
        CREATE,
        /** foreign keys, OWNED BY, validations: after every table exists */
        LATE
    }

    static final Comparator<Step> TIE_BREAK = Comparator.comparing((Step s) -> s.phase)
            .thenComparingInt(Step::kindRank)
            .thenComparing(s -> s.subject)
            .thenComparingInt(s -> s.seq);

    final int seq;
    final Phase phase;
    final ObjectKey subject;
    final String sql;
    final Direction direction;
    final List<Hazard> hazards = new ArrayList<>();
    boolean transactional = true;
    /** objects this statement destroys (their dependents must be gone first) */
    final Set<ObjectKey> drops = new LinkedHashSet<>(2);
    /** objects this statement creates (what they depend on in TO must exist first) */
    final Set<ObjectKey> creates = new LinkedHashSet<>(2);
    /** objects changed in place (dependents being dropped go first; what they depend on in TO exists first) */
    final Set<ObjectKey> alters = new LinkedHashSet<>(2);
    /** objects whose FROM references this statement gives up: what they referenced is dropped only after it */
    final Set<ObjectKey> releases = new LinkedHashSet<>(2);
    /** objects that must exist in their final form before this statement */
    final Set<ObjectKey> needs = new LinkedHashSet<>(2);
    /** objects whose drop must wait for this statement */
    final Set<ObjectKey> beforeDropOf = new LinkedHashSet<>(1);
    /** objects whose drop this statement must wait for */
    final Set<ObjectKey> afterDropOf = new LinkedHashSet<>(1);
    /** which referenced objects count for {@link #alters}/{@link #releases} (a retype cares about types only) */
    Predicate<ObjectKey> dependencyFilter = k -> true;
    final List<Step> after = new ArrayList<>(1);
    int node = -1;

    Step(int seq, Phase phase, ObjectKey subject, String sql, Direction direction) {
        this.seq = seq;
        this.phase = phase;
        this.subject = subject;
        this.sql = sql;
        this.direction = direction;
    }

    Step hazard(HazardKind kind, String detail, String saferPath) {
        hazards.add(new Hazard(kind, detail, saferPath));
        return this;
    }

    Step hazard(HazardKind kind, String detail) {
        return hazard(kind, detail, null);
    }

    private int kindRank() {
        int rank = subject.kind().ordinal();
        return phase == Phase.DROP ? ObjectKind.values().length - rank : rank;
    }

    Statement toStatement() {
        return new Statement(sql, subject, direction, hazards, transactional);
    }

    @Override
    public String toString() {
        return phase + " " + subject + ": " + sql;
    }
}
