package io.pgdrift.model;

import java.util.List;

/**
 * An operator family ({@code CREATE OPERATOR FAMILY}), keyed by schema, name and access method ({@code member}).
 * {@code members} are those added to the family itself ({@code ALTER OPERATOR FAMILY ... ADD}); the members
 * created with one of its classes are the class's.
 */
public record OperatorFamily(ObjectKey key, List<OperatorMember> members, String comment) implements SchemaObject {
    public OperatorFamily {
        members = Lists.copy(members);
    }
}
