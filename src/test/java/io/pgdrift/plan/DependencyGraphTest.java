package io.pgdrift.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class DependencyGraphTest {

    @Test
    void edgesWinOverTheTieBreakAndTiesAreBrokenByTheComparator() {
        DependencyGraph<String> graph = new DependencyGraph<>();
        int a = graph.add("a");
        int b = graph.add("b");
        int c = graph.add("c");
        int d = graph.add("d");
        graph.edge(d, a);
        graph.edge(c, b);
        assertThat(graph.order(Comparator.naturalOrder())).containsExactly("c", "b", "d", "a");
        assertThat(graph.brokenCycles()).isZero();
    }

    @Test
    void aCycleIsBrokenAtItsSmallestNodeInsteadOfFailing() {
        DependencyGraph<String> graph = new DependencyGraph<>();
        int x = graph.add("x");
        int y = graph.add("y");
        int z = graph.add("z");
        graph.edge(x, y);
        graph.edge(y, x);
        graph.edge(y, z);
        assertThat(graph.order(Comparator.naturalOrder())).containsExactly("x", "y", "z");
        assertThat(graph.brokenCycles()).isEqualTo(1);
    }

    @Test
    void aLongChainOfAHundredThousandNodesSortsInOrder() {
        DependencyGraph<Integer> graph = new DependencyGraph<>();
        int n = 100_000;
        for (int i = 0; i < n; i++) {
            graph.add(n - i);
        }
        for (int i = 1; i < n; i++) {
            graph.edge(i - 1, i);
        }
        List<Integer> order = graph.order(Comparator.naturalOrder());
        assertThat(order).hasSize(n);
        assertThat(order.get(0)).isEqualTo(n);
        assertThat(order.get(n - 1)).isEqualTo(1);
    }
}
