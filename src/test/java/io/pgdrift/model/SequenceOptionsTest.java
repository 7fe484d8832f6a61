package io.pgdrift.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SequenceOptionsTest {

    @Test
    void anIdentityAtTheDefaultsOfItsTypeHasNoOptions() {
        assertThat(SequenceOptions.identity("integer", 1, 1, 1, Integer.MAX_VALUE, 1, false)).isNull();
        assertThat(SequenceOptions.identity("bigint", 1, 1, 1, Long.MAX_VALUE, 1, false)).isNull();
        // a descending identity states its increment; its start, minimum and maximum are the defaults
        assertThat(SequenceOptions.identity("smallint", -1, -1, Short.MIN_VALUE, -1, 1, false))
                .isEqualTo(new SequenceOptions(null, -1L, null, null, null, false));
    }

    @Test
    void onlyTheOptionsThatDifferFromTheDefaultsAreKept() {
        assertThat(SequenceOptions.identity("bigint", 100, 10, 1, Long.MAX_VALUE, 1, false))
                .isEqualTo(new SequenceOptions(100L, 10L, null, null, null, false));
        // the maximum of an integer identity is not the default of a bigint one
        assertThat(SequenceOptions.identity("bigint", 1, 1, 1, Integer.MAX_VALUE, 20, true))
                .isEqualTo(new SequenceOptions(null, null, null, (long) Integer.MAX_VALUE, 20L, true));
        // a start away from the minimum is kept even when the minimum itself is not the default
        assertThat(SequenceOptions.identity("integer", 5, 1, 5, Integer.MAX_VALUE, 1, false))
                .isEqualTo(new SequenceOptions(null, null, 5L, null, null, false));
    }
}
