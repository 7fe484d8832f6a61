package io.pgdrift.plan.kind;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.model.SequenceOptions;
import org.junit.jupiter.api.Test;

class IdentityClausesTest {

    private static SequenceOptions options(Long start, Long increment, Long cache, boolean cycle) {
        return new SequenceOptions(start, increment, null, null, cache, cycle);
    }

    @Test
    void optionsAreWrittenInCreateSequenceOrderAndDefaultsLeftOut() {
        assertThat(IdentityClauses.of(new SequenceOptions(100L, 5L, 10L, 1000L, 20L, true)))
                .isEqualTo("START WITH 100 INCREMENT BY 5 MINVALUE 10 MAXVALUE 1000 CACHE 20 CYCLE");
        assertThat(IdentityClauses.of(options(null, null, 20L, false))).isEqualTo("CACHE 20");
        assertThat(IdentityClauses.of(null)).isEmpty();
    }

    @Test
    void changedOptionsAreSetAndOptionsThatGoBackToTheirDefaultAreSetToIt() {
        assertThat(IdentityClauses.changes(options(100L, 10L, null, false), options(100L, null, 20L, false)))
                .containsExactly("SET CACHE 20", "SET INCREMENT BY 1");
        assertThat(IdentityClauses.changes(null, options(1000L, null, null, false))).containsExactly("SET START WITH 1000");
        assertThat(IdentityClauses.changes(new SequenceOptions(null, null, 5L, 50L, null, true), null))
                .containsExactly("SET NO MINVALUE", "SET NO MAXVALUE", "SET NO CYCLE");
        assertThat(IdentityClauses.changes(options(7L, null, null, false), options(7L, null, null, false))).isEmpty();
    }
}
