package io.pgdrift.catalog;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.RangeType;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code range_types.sql}. */
final class RangeTypeRows {
    private RangeTypeRows() {
    }

    /** The range's array, multirange and multirange array types stand for the range: columns of them depend on it. */
    static void rangeType(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.of(ObjectKind.RANGE_TYPE, row.text("schema"), row.text("name"));
        for (String oid : new String[] {"oid", "typarray", "multirange_oid", "multirange_array_oid"}) {
            oids.put(OidKeys.PG_TYPE, row.number(oid), key);
        }
        out.accept(new RangeType(key, row.text("subtype"), row.text("subtype_opclass"), row.text("collation"),
                row.text("canonical"), row.text("subtype_diff"), row.text("multirange_name"), row.grants(),
                row.text("comment")));
    }
}
