package io.pgdrift.catalog;

import io.pgdrift.model.Collation;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code collations.sql}. */
final class CollationRows {
    private CollationRows() {
    }

    static void collation(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.of(ObjectKind.COLLATION, row.text("schema"), row.text("name"));
        oids.put(OidKeys.PG_COLLATION, row.number("oid"), key);
        out.accept(new Collation(key, row.text("provider"), row.text("lc_collate"), row.text("lc_ctype"),
                row.text("locale"), row.bool("deterministic"), row.text("rules"), row.text("comment")));
    }
}
