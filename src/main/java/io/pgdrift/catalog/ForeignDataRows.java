package io.pgdrift.catalog;

import io.pgdrift.model.ForeignDataWrapper;
import io.pgdrift.model.ForeignServer;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.UserMapping;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code foreign_data_wrappers.sql}, {@code foreign_servers.sql} and {@code user_mappings.sql}. */
final class ForeignDataRows {
    private ForeignDataRows() {
    }

    static void wrapper(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        out.accept(new ForeignDataWrapper(ObjectKey.global(ObjectKind.FOREIGN_DATA_WRAPPER, row.text("name")),
                function(row, "handler"), function(row, "validator"), row.texts("options"), row.grants(),
                row.text("comment")));
    }

    static void server(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        out.accept(new ForeignServer(ObjectKey.global(ObjectKind.FOREIGN_SERVER, row.text("name")),
                row.text("wrapper"), row.text("type"), row.text("version"), row.texts("options"), row.grants(),
                row.text("comment")));
    }

    static void mapping(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = new ObjectKey(ObjectKind.USER_MAPPING, "", row.text("server"), row.text("role"));
        out.accept(new UserMapping(key, row.texts("options"), row.bool("options_hidden")));
    }

    /** The key of the function in columns {@code <prefix>_schema}, {@code _name}, {@code _args}, or null. */
    private static ObjectKey function(Rows row, String prefix) throws SQLException {
        String name = row.text(prefix + "_name");
        return name == null ? null
                : new ObjectKey(ObjectKind.FUNCTION, row.text(prefix + "_schema"), name, row.text(prefix + "_args"));
    }
}
