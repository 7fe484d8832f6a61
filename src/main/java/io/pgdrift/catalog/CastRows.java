package io.pgdrift.catalog;

import io.pgdrift.model.Cast;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code casts.sql}. */
final class CastRows {
    private CastRows() {
    }

    static void cast(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        String source = row.text("source");
        String target = row.text("target");
        ObjectKey key = ObjectKey.global(ObjectKind.CAST, source + " AS " + target);
        oids.put(OidKeys.PG_CAST, row.number("oid"), key);
        out.accept(new Cast(key, source, target, row.text("method"), row.text("function"), row.text("context"),
                row.text("comment")));
    }
}
