package io.pgdrift.model;

import java.util.List;

/**
 * An event trigger (database-wide).
 *
 * @param function the qualified name of the function it calls, as SQL text ({@code public.audit_ddl})
 * @param tags     the {@code WHEN TAG IN (...)} filter in the catalog's order; empty when none
 * @param enabled  as for {@link Trigger#enabled()}
 */
public record EventTrigger(ObjectKey key, String event, String function, @Unordered List<String> tags, String enabled,
                           String comment) implements SchemaObject {
    public EventTrigger {
        tags = Lists.copy(tags);
    }
}
