package io.pgdrift.catalog;

import io.pgdrift.model.AccessMethod;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code access_methods.sql}. */
final class AccessMethodRows {
    private AccessMethodRows() {
    }

    static void accessMethod(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.global(ObjectKind.ACCESS_METHOD, row.text("name"));
        oids.put(OidKeys.PG_AM, row.number("oid"), key);
        out.accept(new AccessMethod(key, row.text("type"), row.text("handler"), row.text("comment")));
    }
}
