package io.pgdrift.catalog;

import io.pgdrift.model.CompositeType;
import io.pgdrift.model.DomainType;
import io.pgdrift.model.EnumType;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Rows of the user-defined types: enums, domains, composite types. A type's array type stands for the type. */
final class TypeRows {
    private TypeRows() {
    }

    static void enumType(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = typeKey(row, oids, ObjectKind.ENUM);
        out.accept(new EnumType(key, row.texts("labels"), row.grants(), row.text("comment")));
    }

    static void domain(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = typeKey(row, oids, ObjectKind.DOMAIN);
        List<String> names = row.texts("check_names");
        List<String> definitions = row.texts("check_definitions");
        List<Object> validated = row.array("check_validated");
        List<String> comments = row.texts("check_comments");
        List<DomainType.DomainCheck> checks = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            checks.add(new DomainType.DomainCheck(names.get(i), MemberRows.withoutNotValid(definitions.get(i)),
                    Boolean.TRUE.equals(validated.get(i)), comments.get(i)));
        }
        out.accept(new DomainType(key, row.text("base_type"), row.bool("not_null"),
                Deparsed.normalise(row.text("default_expr")), row.text("collation"), checks, row.grants(), row.text("comment")));
    }

    static void composite(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = typeKey(row, oids, ObjectKind.COMPOSITE_TYPE);
        oids.put(OidKeys.PG_CLASS, row.number("typrelid"), key);
        List<String> names = row.texts("attribute_names");
        List<String> types = row.texts("attribute_types");
        List<String> collations = row.texts("attribute_collations");
        List<String> comments = row.texts("attribute_comments");
        List<CompositeType.Attribute> attributes = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            attributes.add(new CompositeType.Attribute(names.get(i), types.get(i), collations.get(i), comments.get(i)));
        }
        out.accept(new CompositeType(key, attributes, row.grants(), row.text("comment")));
    }

    private static ObjectKey typeKey(Rows row, OidKeys oids, ObjectKind kind) throws SQLException {
        ObjectKey key = ObjectKey.of(kind, row.text("schema"), row.text("name"));
        oids.put(OidKeys.PG_TYPE, row.number("oid"), key);
        oids.put(OidKeys.PG_TYPE, row.number("typarray"), key);
        return key;
    }
}
