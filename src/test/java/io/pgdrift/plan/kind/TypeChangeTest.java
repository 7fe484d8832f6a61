package io.pgdrift.plan.kind;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeChangeTest {

    @Test
    void wideningWithinAFamilyNeedsNoUsingAndSomeChangesNeedNoRewrite() {
        assertThat(TypeChange.of("character varying(20)", "character varying(64)"))
                .isEqualTo(new TypeChange(false, false, false));
        assertThat(TypeChange.of("character varying(20)", "text")).isEqualTo(new TypeChange(false, false, false));
        assertThat(TypeChange.of("numeric(10,2)", "numeric(12,2)")).isEqualTo(new TypeChange(false, false, false));
        assertThat(TypeChange.of("integer", "bigint")).isEqualTo(new TypeChange(false, true, false));
        assertThat(TypeChange.of("timestamp(3) without time zone", "timestamp without time zone"))
                .isEqualTo(new TypeChange(false, false, false));
    }

    @Test
    void narrowingIsFlaggedAndOtherFamiliesGetUsing() {
        assertThat(TypeChange.of("bigint", "integer").narrowing()).isTrue();
        assertThat(TypeChange.of("character varying(50)", "character varying(10)").narrowing()).isTrue();
        assertThat(TypeChange.of("numeric(12,4)", "numeric(10,2)").narrowing()).isTrue();
        assertThat(TypeChange.of("bigint", "double precision").narrowing()).isTrue();
        assertThat(TypeChange.of("text", "integer")).isEqualTo(new TypeChange(true, true, true));
        assertThat(TypeChange.of("json", "jsonb").needsUsing()).isTrue();
        assertThat(TypeChange.of("integer[]", "integer")).isEqualTo(new TypeChange(true, true, true));
    }
}
