package io.pgdrift.plan.kind;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The names below are the ones PostgreSQL 14-18 gave the CHECK of a {@code DETACH ... CONCURRENTLY} (read off the
 * servers); the round trip of scenario {@code partition-detached-concurrently} checks the rest against them live.
 */
class DetachedCheckNameTest {

    @Test
    void longNamesAreCutTheLongerFirstTo63Bytes() {
        assertThat(DetachedCheckName.objectName("a_very_long_partitioned_table_name_that_goes_on_and_on_p1",
                "a_very_long_column_name_too_really", "check"))
                .isEqualTo("a_very_long_partitioned_tabl_a_very_long_column_name_too__check");
        assertThat(DetachedCheckName.objectName("r2", "id", "check1")).isEqualTo("r2_id_check1");
        assertThat(DetachedCheckName.objectName("m1", null, "check")).isEqualTo("m1_check");
    }

    @Test
    void aCutNeverSplitsACharacter() {
        String name = DetachedCheckName.objectName("é".repeat(40), "ü".repeat(40), "check");
        assertThat(name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(63);
        assertThat(name).isEqualTo("é".repeat(14) + "_" + "ü".repeat(14) + "_check");
    }

    @Test
    void keyColumnsAreTheIdentifiersThatAreNotFunctionsTypesOrCollations() {
        assertThat(Identifiers.in("RANGE (happened)")).containsExactly("happened");
        assertThat(Identifiers.in("LIST (lower(\"Label\"))")).containsExactly("Label");
        assertThat(Identifiers.in("RANGE (((name)::text) COLLATE \"C\", 'it''s', x)"))
                .containsExactly("name", "x");
    }
}
