package io.pgdrift.catalog;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Publication;
import io.pgdrift.model.Publication.PublishedTable;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Subscription;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Rows of {@code publications.sql} and {@code subscriptions.sql}. */
final class ReplicationRows {
    /** Separates the column names of one table in {@code table_columns} (see the query). */
    private static final String NAME_SEPARATOR = "\u0001";

    private ReplicationRows() {
    }

    static void publication(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        List<String> schemas = row.texts("table_schemas");
        List<String> names = row.texts("table_names");
        List<String> columns = row.texts("table_columns");
        List<String> filters = row.texts("table_filters");
        List<PublishedTable> tables = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            String joined = columns.isEmpty() ? null : columns.get(i);
            tables.add(new PublishedTable(ObjectKey.of(ObjectKind.TABLE, schemas.get(i), names.get(i)),
                    joined == null ? List.of() : List.of(joined.split(NAME_SEPARATOR)),
                    filters.isEmpty() ? null : filters.get(i)));
        }
        out.accept(new Publication(ObjectKey.global(ObjectKind.PUBLICATION, row.text("name")), row.bool("all_tables"),
                tables, row.texts("schemas"), row.texts("publish"), row.bool("via_root"),
                row.text("generated_columns"), row.text("comment")));
    }

    static void subscription(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        out.accept(new Subscription(ObjectKey.global(ObjectKind.SUBSCRIPTION, row.text("name")),
                row.texts("publications"), row.sortedTexts("options"), row.text("comment")));
    }
}
