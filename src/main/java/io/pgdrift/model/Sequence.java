package io.pgdrift.model;

import java.util.List;

/**
 * A sequence that is not the internal sequence of an identity column (those are part of the {@link Column}).
 * {@code ownedBy} is the key of the column it is OWNED BY (serial columns), or null.
 */
public record Sequence(ObjectKey key, String dataType, long start, long increment, long minValue, long maxValue,
                       long cache, boolean cycle, boolean unlogged, ObjectKey ownedBy, List<Grant> grants, String comment)
        implements SchemaObject {
    public Sequence {
        grants = Lists.copy(grants);
    }

    /** The options, every one stated, as the record an identity column holds too. */
    public SequenceOptions options() {
        return new SequenceOptions(start, increment, minValue, maxValue, cache, cycle);
    }
}
