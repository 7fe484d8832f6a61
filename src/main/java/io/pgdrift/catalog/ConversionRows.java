package io.pgdrift.catalog;

import io.pgdrift.model.Conversion;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code conversions.sql}. */
final class ConversionRows {
    private ConversionRows() {
    }

    static void conversion(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.of(ObjectKind.CONVERSION, row.text("schema"), row.text("name"));
        oids.put(OidKeys.PG_CONVERSION, row.number("oid"), key);
        out.accept(new Conversion(key, row.text("source_encoding"), row.text("destination_encoding"),
                row.text("function"), row.bool("is_default"), row.text("comment")));
    }
}
