package io.pgdrift.model;

import java.util.List;

/** A schema (namespace). Named SchemaDef so that it does not read as the whole database schema. */
public record SchemaDef(ObjectKey key, List<Grant> grants, String comment) implements SchemaObject {
    public SchemaDef {
        grants = Lists.copy(grants);
    }
}
