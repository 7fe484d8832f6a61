package io.pgdrift.model;

/** An installed extension; the objects it creates are not compared one by one. */
public record Extension(ObjectKey key, String version, String schema, String comment) implements SchemaObject {
}
