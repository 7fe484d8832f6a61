package io.pgdrift.catalog;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.OperatorClass;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code operator_classes.sql}. */
final class OperatorClassRows {
    private OperatorClassRows() {
    }

    static void operatorClass(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        String method = row.text("access_method");
        ObjectKey key = ObjectKey.member(ObjectKind.OPERATOR_CLASS, row.text("schema"), row.text("name"), method);
        oids.put(OidKeys.PG_OPCLASS, row.number("oid"), key);
        ObjectKey family = ObjectKey.member(ObjectKind.OPERATOR_FAMILY, row.text("family_schema"),
                row.text("family_name"), method);
        out.accept(new OperatorClass(key, row.text("input_type"), row.bool("is_default"), family,
                row.text("storage"), OperatorFamilyRows.members(row), row.text("comment")));
    }
}
