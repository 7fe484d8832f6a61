package io.pgdrift.model;

import java.util.List;

/** An enum type with its labels in sort order ({@code enumsortorder}). */
public record EnumType(ObjectKey key, List<String> labels, List<Grant> grants, String comment) implements SchemaObject {
    public EnumType {
        labels = Lists.copy(labels);
        grants = Lists.copy(grants);
    }
}
