package io.pgdrift.model;

import java.util.List;

/**
 * An operator class ({@code CREATE OPERATOR CLASS}), keyed by schema, name and access method ({@code member}).
 *
 * @param inputType the indexed type, as {@code format_type} prints it
 * @param isDefault {@code DEFAULT FOR TYPE}
 * @param family    the family it belongs to (same access method)
 * @param storage   the {@code STORAGE} type, or null when it is the indexed type
 * @param members   the operators and support functions created with the class
 */
public record OperatorClass(ObjectKey key, String inputType, boolean isDefault, ObjectKey family, String storage,
                            List<OperatorMember> members, String comment) implements SchemaObject {
    public OperatorClass {
        members = Lists.copy(members);
    }
}
