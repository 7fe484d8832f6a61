package io.pgdrift.agent;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HazardPriorityTest {
    @Test
    void dataLossIsHighARewriteMediumAndTheRestLow() {
        assertThat(HazardPriority.of(AgentReports.dataLoss())).isEqualTo(Priority.HIGH);
        assertThat(HazardPriority.of(AgentReports.rewrite())).isEqualTo(Priority.MEDIUM);
        assertThat(HazardPriority.of(AgentReports.additive())).isEqualTo(Priority.LOW);
    }

    @Test
    void aRewriteIsMediumOnlyOnALargeTable() {
        assertThat(HazardPriority.of(AgentReports.rewrite(5_000_000, 800L * 1024 * 1024))).isEqualTo(Priority.MEDIUM);
        assertThat(HazardPriority.of(AgentReports.rewrite(120, 40L * 1024 * 1024 * 1024))).isEqualTo(Priority.MEDIUM);
        assertThat(HazardPriority.of(AgentReports.rewrite(120, 16 * 1024))).isEqualTo(Priority.LOW);
        // never analysed: no row estimate, and only a few pages
        assertThat(HazardPriority.of(AgentReports.rewrite(-1, 8 * 1024))).isEqualTo(Priority.LOW);
    }

    @Test
    void linearNumbersAreLinears() {
        assertThat(Priority.URGENT.linear()).isEqualTo(1);
        assertThat(Priority.HIGH.linear()).isEqualTo(2);
        assertThat(Priority.MEDIUM.linear()).isEqualTo(3);
        assertThat(Priority.LOW.linear()).isEqualTo(4);
    }
}
