package io.pgdrift.catalog;

import io.pgdrift.model.ForeignTable;
import io.pgdrift.model.ForeignTable.ForeignColumn;
import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Rows of {@code foreign_tables.sql}: one per foreign table, its columns as parallel arrays. */
final class ForeignTableRows {
    /** Separates the options of one column, or the grants of one column, in one text (see the query). */
    private static final String ITEM_SEPARATOR = "\u0001";
    /** Separates grantee, privilege and grantable inside one grant of {@code column_grants}. */
    private static final String FIELD_SEPARATOR = "\u0002";

    private ForeignTableRows() {
    }

    static void foreignTable(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.of(ObjectKind.FOREIGN_TABLE, row.text("schema"), row.text("name"));
        // registered as a relation, so that the views reading it depend on it
        oids.put(OidKeys.PG_CLASS, row.number("oid"), key);
        List<ObjectKey> parents = RelationRows.parents(row);
        boolean partition = row.bool("is_partition");
        out.accept(new ForeignTable(key, row.text("server"), columns(row, key), row.texts("options"), row.grants(),
                row.text("comment"), partition && !parents.isEmpty() ? parents.get(0) : null,
                partition ? Deparsed.normalise(row.text("partition_bound")) : null, partition ? null : parents));
    }

    private static List<ForeignColumn> columns(Rows row, ObjectKey table) throws SQLException {
        List<String> names = row.texts("column_names");
        List<String> types = row.texts("column_types");
        List<Object> notNulls = row.array("column_not_nulls");
        List<String> defaults = row.texts("column_defaults");
        List<String> collations = row.texts("column_collations");
        List<String> options = row.texts("column_options");
        List<String> comments = row.texts("column_comments");
        List<String> storages = row.texts("column_storages");
        List<Object> statistics = row.array("column_statistics");
        List<String> attributeOptions = row.texts("column_attribute_options");
        List<String> grants = row.texts("column_grants");
        List<String> notNullNames = row.texts("column_not_null_names");
        List<ForeignColumn> columns = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            ObjectKey column = ObjectKey.member(ObjectKind.COLUMN, table.schema(), table.name(), names.get(i));
            Object target = statistics.get(i);
            columns.add(new ForeignColumn(names.get(i), types.get(i), Boolean.TRUE.equals(notNulls.get(i)),
                    defaults.get(i), collations.get(i), split(options.get(i)), comments.get(i),
                    RelationRows.storage(storages.get(i)), target == null ? null : ((Number) target).intValue(),
                    split(attributeOptions.get(i)).stream().sorted().toList(), grants(grants.get(i)),
                    notNullNames.isEmpty() ? null : RelationRows.notNullName(column, notNullNames.get(i))));
        }
        return columns;
    }

    private static List<String> split(String joined) {
        return joined == null ? List.of() : List.of(joined.split(ITEM_SEPARATOR));
    }

    /** One column's grants, sorted and each once as {@link Rows#grants()} gives a table's. */
    private static List<Grant> grants(String joined) {
        TreeSet<Grant> grants = new TreeSet<>();
        for (String entry : split(joined)) {
            String[] fields = entry.split(FIELD_SEPARATOR, -1);
            grants.add(new Grant(fields[0], fields[1], Boolean.parseBoolean(fields[2])));
        }
        return List.copyOf(grants);
    }
}
