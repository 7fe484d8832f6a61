package io.pgdrift.model;

/**
 * A trigger on a table or view (clones on partitions, made by the server from the parent's, are left out).
 *
 * @param definition {@code pg_get_triggerdef}, whitespace normalised
 * @param enabled    {@code ORIGIN} (the default), {@code DISABLED}, {@code REPLICA} or {@code ALWAYS}
 */
public record Trigger(ObjectKey key, String definition, String enabled, String comment) implements SchemaObject {
}
