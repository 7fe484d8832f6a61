package io.pgdrift.model;

import java.util.List;

/**
 * A trigger on a table or view (clones on partitions, made by the server from the parent's, are left out but
 * for an enabled state of their own).
 *
 * @param definition {@code pg_get_triggerdef}, whitespace normalised
 * @param enabled    {@code ORIGIN} (the default), {@code DISABLED}, {@code REPLICA} or {@code ALWAYS}
 * @param clones     the clones on partitions whose enabled state differs from their parent trigger's,
 *                   shallowest first; null when every clone follows its parent
 */
public record Trigger(ObjectKey key, String definition, String enabled, String comment,
                      @UnsetNotFingerprinted List<CloneState> clones) implements SchemaObject {

    public Trigger {
        clones = Lists.copyOrUnset(clones);
    }

    /** A trigger whose clones all follow it. */
    public Trigger(ObjectKey key, String definition, String enabled, String comment) {
        this(key, definition, enabled, comment, null);
    }

    /** The trigger's clone on one partition, in the enabled state it has there. */
    public record CloneState(String schema, String table, String enabled) {
    }
}
