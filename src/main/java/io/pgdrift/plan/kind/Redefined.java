package io.pgdrift.plan.kind;

import io.pgdrift.model.Attributes;
import io.pgdrift.model.SchemaObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rebuild rule of kinds that PostgreSQL cannot alter in place (collations, extended statistics' columns,
 * rules, casts...): any compared field other than the comment means drop and create again.
 */
final class Redefined {
    private Redefined() {
    }

    static Rebuild unlessOnlyComment(SchemaObject from, SchemaObject to) {
        return definition(from).equals(definition(to)) ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    private static Map<String, Object> definition(SchemaObject object) {
        Map<String, Object> fields = new LinkedHashMap<>(Attributes.compared(object));
        fields.remove("comment");
        return fields;
    }
}
