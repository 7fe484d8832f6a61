package io.pgdrift.catalog;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Operator;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code operators.sql}. */
final class OperatorRows {
    private OperatorRows() {
    }

    static void operator(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.member(ObjectKind.OPERATOR, row.text("schema"), row.text("name"),
                row.text("left_type") + ", " + row.text("right_type"));
        oids.put(OidKeys.PG_OPERATOR, row.number("oid"), key);
        out.accept(new Operator(key, row.text("function"), row.text("commutator"), row.text("negator"),
                row.text("restrict_function"), row.text("join_function"), row.bool("hashes"), row.bool("merges"),
                row.text("comment")));
    }
}
