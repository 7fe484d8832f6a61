package io.pgdrift.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Nodes with "must come before" edges, put in order by Kahn's algorithm: among the nodes whose predecessors
 * are all placed, the smallest by the tie-break comes first, so the order is deterministic and
 * O((nodes + edges) log nodes). A cycle does not stop the sort: its smallest node is placed early and the
 * cycle is counted in {@link #brokenCycles()}, so the caller can warn instead of failing.
 */
public final class DependencyGraph<T> {

    private final List<T> nodes = new ArrayList<>();
    private final List<List<Integer>> successors = new ArrayList<>();
    private final List<Integer> indegree = new ArrayList<>();
    private int brokenCycles;

    /** Adds a node and returns its index, used to add edges. */
    public int add(T node) {
        nodes.add(node);
        successors.add(new ArrayList<>(2));
        indegree.add(0);
        return nodes.size() - 1;
    }

    public int size() {
        return nodes.size();
    }

    /** {@code before} must be placed before {@code after}; self edges are ignored. */
    public void edge(int before, int after) {
        if (before == after) {
            return;
        }
        successors.get(before).add(after);
        indegree.set(after, indegree.get(after) + 1);
    }

    /** Every node, each after all its predecessors (except where a cycle had to be broken). */
    public List<T> order(Comparator<? super T> tieBreak) {
        int n = nodes.size();
        int[] remaining = new int[n];
        for (int i = 0; i < n; i++) {
            remaining[i] = indegree.get(i);
        }
        Comparator<Integer> byNode = (a, b) -> {
            int c = tieBreak.compare(nodes.get(a), nodes.get(b));
            return c != 0 ? c : Integer.compare(a, b);
        };
        PriorityQueue<Integer> ready = new PriorityQueue<>(Math.max(1, n), byNode);
        for (int i = 0; i < n; i++) {
            if (remaining[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] placed = new boolean[n];
        List<T> order = new ArrayList<>(n);
        int scanFrom = 0;
        while (order.size() < n) {
            if (ready.isEmpty()) {
                scanFrom = breakCycle(remaining, placed, byNode, ready, scanFrom);
            }
            int next = ready.poll();
            if (placed[next]) {
                continue;
            }
            placed[next] = true;
            order.add(nodes.get(next));
            for (int successor : successors.get(next)) {
                if (--remaining[successor] == 0 && !placed[successor]) {
                    ready.add(successor);
                }
            }
        }
        return order;
    }

    /** Number of cycles the last {@link #order} call had to break. */
    public int brokenCycles() {
        return brokenCycles;
    }

    private int breakCycle(int[] remaining, boolean[] placed, Comparator<Integer> byNode,
                           PriorityQueue<Integer> ready, int scanFrom) {
        int best = -1;
        int first = -1;
        for (int i = scanFrom; i < remaining.length; i++) {
            if (!placed[i]) {
                if (first < 0) {
                    first = i;
                }
                if (best < 0 || byNode.compare(i, best) < 0) {
                    best = i;
                }
            }
        }
        brokenCycles++;
        remaining[best] = 0;
        ready.add(best);
        return first;
    }
}
