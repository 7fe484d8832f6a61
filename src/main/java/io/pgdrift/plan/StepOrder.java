package io.pgdrift.plan;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.plan.kind.SnapshotIndex;
import io.pgdrift.plan.kind.Step;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Orders a migration's steps. Edges, from what each step does ({@link Step}) and both snapshots' dependencies:
 * a dependent is dropped before what it depends on in FROM is dropped or altered; what a step stops referencing
 * is dropped only after it; what a created or altered object depends on in TO is created or altered first;
 * explicit needs and waits; and steps on one object keep their phase order. Ties go by {@link Step#TIE_BREAK}.
 */
final class StepOrder {

    private final SnapshotIndex from;
    private final SnapshotIndex to;
    private int brokenCycles;

    StepOrder(SnapshotIndex from, SnapshotIndex to) {
        this.from = from;
        this.to = to;
    }

    /** The steps in an order that applies; see the class comment for the edges. */
    List<Step> sort(List<Step> steps) {
        DependencyGraph<Step> graph = new DependencyGraph<>();
        Map<ObjectKey, List<Step>> droppers = new HashMap<>();
        Map<ObjectKey, List<Step>> makers = new HashMap<>();
        Map<ObjectKey, List<Step>> bySubject = new HashMap<>();
        for (Step s : steps) {
            if (graph.add(s) != s.seq()) {
                throw new IllegalStateException("steps must be sorted in creation order, " + s + " is not");
            }
            s.drops().forEach(k -> droppers.computeIfAbsent(k, x -> new ArrayList<>(1)).add(s));
            s.creates().forEach(k -> makers.computeIfAbsent(k, x -> new ArrayList<>(1)).add(s));
            s.alters().forEach(k -> makers.computeIfAbsent(k, x -> new ArrayList<>(1)).add(s));
            bySubject.computeIfAbsent(s.subject(), x -> new ArrayList<>(2)).add(s);
        }
        for (Step s : steps) {
            for (ObjectKey k : union(s.drops(), s.alters())) {
                for (ObjectKey dependent : from.dependents(k)) {
                    edges(graph, droppers.get(dependent), s);
                }
            }
            for (ObjectKey k : s.releases()) {
                for (ObjectKey referenced : from.dependencies(k)) {
                    if (s.counts(referenced)) {
                        edgesTo(graph, s, droppers.get(referenced));
                    }
                }
            }
            for (ObjectKey k : union(s.creates(), s.alters())) {
                for (ObjectKey referenced : to.dependencies(k)) {
                    if (s.counts(referenced) && !s.creates().contains(referenced)) {
                        edges(graph, makers.get(referenced), s);
                    }
                }
            }
            for (ObjectKey k : s.needs()) {
                edges(graph, makers.get(k), s);
            }
            for (ObjectKey k : s.beforeDropOf()) {
                edgesTo(graph, s, droppers.get(k));
            }
            for (ObjectKey k : s.afterDropOf()) {
                edges(graph, droppers.get(k), s);
            }
            for (Step before : s.after()) {
                graph.edge(before.seq(), s.seq());
            }
        }
        for (List<Step> same : bySubject.values()) {
            if (same.size() > 1) {
                same.sort(Comparator.comparing(Step::phase).thenComparingInt(Step::seq));
                for (int i = 1; i < same.size(); i++) {
                    graph.edge(same.get(i - 1).seq(), same.get(i).seq());
                }
            }
        }
        List<Step> ordered = graph.order(Step.TIE_BREAK);
        brokenCycles = graph.brokenCycles();
        markEnumAdditionsUsedLater(ordered);
        return ordered;
    }

    int brokenCycles() {
        return brokenCycles;
    }

    private static Set<ObjectKey> union(Set<ObjectKey> a, Set<ObjectKey> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        Set<ObjectKey> u = new HashSet<>(a);
        u.addAll(b);
        return u;
    }

    private static void edges(DependencyGraph<Step> graph, List<Step> before, Step after) {
        if (before != null) {
            for (Step b : before) {
                graph.edge(b.seq(), after.seq());
            }
        }
    }

    private static void edgesTo(DependencyGraph<Step> graph, Step before, List<Step> after) {
        if (after != null) {
            for (Step a : after) {
                graph.edge(before.seq(), a.seq());
            }
        }
    }

    /**
     * A label added by {@code ALTER TYPE ... ADD VALUE} cannot be used in the transaction that added it: when a
     * later statement mentions it, the addition is marked non-transactional so it is committed first.
     */
    private static void markEnumAdditionsUsedLater(List<Step> ordered) {
        for (int i = 0; i < ordered.size(); i++) {
            Step s = ordered.get(i);
            if (!(s.subject().kind() == ObjectKind.ENUM && s.sql().contains(" ADD VALUE "))) {
                continue;
            }
            String literal = s.sql().substring(s.sql().indexOf(" ADD VALUE ") + 11).split(" (BEFORE|AFTER) |;")[0];
            for (int j = i + 1; j < ordered.size(); j++) {
                if (ordered.get(j).sql().contains(literal)) {
                    s.nonTransactional(new Hazard(HazardKind.NON_TRANSACTIONAL, "the new label " + literal
                            + " is used by a later statement, so it must be committed before the migration's "
                            + "transaction starts", null));
                    break;
                }
            }
        }
    }
}
