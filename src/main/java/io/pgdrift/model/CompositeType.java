package io.pgdrift.model;

import java.util.List;

/** A stand-alone composite type ({@code CREATE TYPE ... AS (...)}), attributes in order. */
public record CompositeType(ObjectKey key, List<Attribute> attributes, List<Grant> grants, String comment)
        implements SchemaObject {
    public CompositeType {
        attributes = Lists.copy(attributes);
        grants = Lists.copy(grants);
    }

    /**
     * {@code collation} is null when it is the type's default, else SQL text as in {@link Column#collation()};
     * {@code comment} from {@code COMMENT ON COLUMN type.attribute}.
     */
    public record Attribute(String name, String type, String collation, String comment) {
    }
}
