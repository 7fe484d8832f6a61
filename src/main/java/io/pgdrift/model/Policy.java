package io.pgdrift.model;

import java.util.List;

/**
 * A row-level security policy, keyed by table and policy name.
 *
 * @param command   {@code ALL}, {@code SELECT}, {@code INSERT}, {@code UPDATE} or {@code DELETE}
 * @param roles     role names, sorted; {@code PUBLIC} when it applies to everyone
 * @param using     the USING expression, or null
 * @param withCheck the WITH CHECK expression, or null
 */
public record Policy(ObjectKey key, String command, boolean permissive, @RoleNames List<String> roles, String using,
                     String withCheck, String comment) implements SchemaObject {
    public Policy {
        roles = Lists.copy(roles);
    }
}
