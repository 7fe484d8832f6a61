package io.pgdrift.catalog;

import io.pgdrift.model.DefaultPrivileges;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code default_privileges.sql}. Nothing depends on an entry, so its OID is not registered. */
final class DefaultPrivilegesRows {
    private DefaultPrivilegesRows() {
    }

    static void defaultPrivileges(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.member(ObjectKind.DEFAULT_PRIVILEGES, row.text("schema"), row.text("role"),
                row.text("objects"));
        out.accept(new DefaultPrivileges(key, row.grants(), row.grants("revoked_"), null));
    }
}
