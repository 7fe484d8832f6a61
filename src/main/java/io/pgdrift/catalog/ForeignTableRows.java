package io.pgdrift.catalog;

import io.pgdrift.model.ForeignTable;
import io.pgdrift.model.ForeignTable.ForeignColumn;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Rows of {@code foreign_tables.sql}: one per foreign table, its columns as parallel arrays. */
final class ForeignTableRows {
    /** Separates the options of one column in {@code column_options} (see the query). */
    private static final String OPTION_SEPARATOR = "\u0001";

    private ForeignTableRows() {
    }

    static void foreignTable(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.of(ObjectKind.FOREIGN_TABLE, row.text("schema"), row.text("name"));
        // registered as a relation, so that the views reading it depend on it
        oids.put(OidKeys.PG_CLASS, row.number("oid"), key);
        List<String> names = row.texts("column_names");
        List<String> types = row.texts("column_types");
        List<Object> notNulls = row.array("column_not_nulls");
        List<String> defaults = row.texts("column_defaults");
        List<String> collations = row.texts("column_collations");
        List<String> options = row.texts("column_options");
        List<String> comments = row.texts("column_comments");
        List<ForeignColumn> columns = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            String joined = options.get(i);
            columns.add(new ForeignColumn(names.get(i), types.get(i), Boolean.TRUE.equals(notNulls.get(i)),
                    defaults.get(i), collations.get(i),
                    joined == null ? List.of() : List.of(joined.split(OPTION_SEPARATOR)), comments.get(i)));
        }
        out.accept(new ForeignTable(key, row.text("server"), columns, row.texts("options"), row.grants(),
                row.text("comment")));
    }
}
