package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Execution;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One statement while the plan is being built, with what it does to which objects: the planner derives the
 * ordering edges from these sets and the two snapshots' dependencies. A kind class fills a step through the
 * fluent methods; the orchestration reads it through the accessors. A step lives only while one plan is
 * built and is turned into an immutable {@link Statement} at the end.
 */
public final class Step {

    /** Coarse position, the first tie-break of the sort; dependencies always win over it. */
    public enum Phase {
        /** schemas and extensions that others may need before anything else */
        SETUP,
        DROP,
        ALTER,
        CREATE,
        /** foreign keys, OWNED BY, validations: after every table exists */
        LATE
    }

    /** Phase, then kind (reversed for drops), then subject, then creation order. */
    public static final Comparator<Step> TIE_BREAK = Comparator.comparing((Step s) -> s.phase)
            .thenComparingInt(Step::kindRank)
            .thenComparing(s -> s.subject)
            .thenComparingInt(s -> s.seq);

    private final int seq;
    private final Phase phase;
    private final ObjectKey subject;
    private final String sql;
    private final Direction direction;
    private final List<Hazard> hazards = new ArrayList<>();
    private Execution execution = Execution.IN_TRANSACTION;
    private boolean longRunning;
    private final Set<ObjectKey> drops = new LinkedHashSet<>(2);
    private final Set<ObjectKey> creates = new LinkedHashSet<>(2);
    private final Set<ObjectKey> alters = new LinkedHashSet<>(2);
    private final Set<ObjectKey> releases = new LinkedHashSet<>(2);
    private final Set<ObjectKey> needs = new LinkedHashSet<>(2);
    private final Set<ObjectKey> beforeDropOf = new LinkedHashSet<>(1);
    private final Set<ObjectKey> afterDropOf = new LinkedHashSet<>(1);
    private Predicate<ObjectKey> dependencyFilter = k -> true;
    private final List<Step> after = new ArrayList<>(1);

    /** {@code seq}: the step's position in creation order, unique within one plan (also its graph node). */
    public Step(int seq, Phase phase, ObjectKey subject, String sql, Direction direction) {
        this.seq = seq;
        this.phase = phase;
        this.subject = subject;
        this.sql = sql;
        this.direction = direction;
    }

    // ---- what a kind class says about the step ---------------------------------------------------------

    public Step hazard(Hazard hazard) {
        hazards.add(hazard);
        return this;
    }

    /** Adds the hazard only when there is one (factories return null when nothing applies). */
    public Step hazardIfAny(Hazard hazard) {
        return hazard == null ? this : hazard(hazard);
    }

    public Step withoutHazards() {
        hazards.clear();
        return this;
    }

    /** The statement cannot run inside a transaction block, and says why. */
    public Step nonTransactional(Hazard why) {
        execution = Execution.OUTSIDE_TRANSACTION;
        return hazard(why);
    }

    /** Online only: it cannot run in a transaction block by its nature ({@code CONCURRENTLY}). */
    public Step outsideTransaction() {
        execution = Execution.OUTSIDE_TRANSACTION;
        return this;
    }

    /** Online only: committed alone, so no other statement's lock is held while it runs ({@code VALIDATE}). */
    public Step ownTransaction() {
        execution = Execution.OWN_TRANSACTION;
        return this;
    }

    /** It reads or writes every row: the online script lifts {@code statement_timeout} for it. */
    public Step longRunning() {
        longRunning = true;
        return this;
    }

    /** It destroys {@code key}: FROM's dependents of it must be gone first. */
    public Step drops(ObjectKey key) {
        drops.add(key);
        return this;
    }

    /** It creates {@code key}: what {@code key} depends on in TO must exist first. */
    public Step creates(ObjectKey key) {
        creates.add(key);
        return this;
    }

    /** It changes {@code key} in place: dependents being dropped go first; what it depends on in TO exists first. */
    public Step alters(ObjectKey key) {
        alters.add(key);
        return this;
    }

    /** It gives up {@code key}'s FROM references: what they referenced is dropped only after it. */
    public Step releases(ObjectKey key) {
        releases.add(key);
        return this;
    }

    public Step releasesNothing() {
        releases.clear();
        return this;
    }

    /** {@code key} must exist in its final form before this statement. */
    public Step needs(ObjectKey key) {
        needs.add(key);
        return this;
    }

    /** The drop of {@code key} must wait for this statement. */
    public Step beforeDropOf(ObjectKey key) {
        beforeDropOf.add(key);
        return this;
    }

    /** This statement waits for the drop of {@code key}. */
    public Step afterDropOf(ObjectKey key) {
        afterDropOf.add(key);
        return this;
    }

    /** This statement waits for {@code step}. */
    public Step after(Step step) {
        after.add(step);
        return this;
    }

    /** Which referenced objects count for {@link #alters}/{@link #releases} (a retype cares about types only). */
    public Step dependencyFilter(Predicate<ObjectKey> filter) {
        dependencyFilter = filter;
        return this;
    }

    // ---- what the orchestration reads --------------------------------------------------------------------

    public int seq() {
        return seq;
    }

    public Phase phase() {
        return phase;
    }

    public ObjectKey subject() {
        return subject;
    }

    public String sql() {
        return sql;
    }

    public Direction direction() {
        return direction;
    }

    public Set<ObjectKey> drops() {
        return Collections.unmodifiableSet(drops);
    }

    public Set<ObjectKey> creates() {
        return Collections.unmodifiableSet(creates);
    }

    public Set<ObjectKey> alters() {
        return Collections.unmodifiableSet(alters);
    }

    public Set<ObjectKey> releases() {
        return Collections.unmodifiableSet(releases);
    }

    public Set<ObjectKey> needs() {
        return Collections.unmodifiableSet(needs);
    }

    public Set<ObjectKey> beforeDropOf() {
        return Collections.unmodifiableSet(beforeDropOf);
    }

    public Set<ObjectKey> afterDropOf() {
        return Collections.unmodifiableSet(afterDropOf);
    }

    public List<Step> after() {
        return Collections.unmodifiableList(after);
    }

    public boolean counts(ObjectKey referenced) {
        return dependencyFilter.test(referenced);
    }

    private int kindRank() {
        int rank = subject.kind().ordinal();
        return phase == Phase.DROP ? ObjectKind.values().length - rank : rank;
    }

    public Statement toStatement() {
        return new Statement(sql, subject, direction, hazards, execution, longRunning, null);
    }

    @Override
    public String toString() {
        return phase + " " + subject + ": " + sql;
    }
}
