package io.pgdrift.catalog;

import io.pgdrift.model.Column;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Sequence;
import io.pgdrift.model.SequenceOptions;
import io.pgdrift.model.Table;
import io.pgdrift.model.View;
import io.pgdrift.model.ViewColumn;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Rows of the relation kinds: sequences, tables, their columns, views and materialized views. */
final class RelationRows {
    private RelationRows() {
    }

    static void sequence(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.of(ObjectKind.SEQUENCE, row.text("schema"), row.text("name"));
        oids.put(OidKeys.PG_CLASS, row.number("oid"), key);
        String ownedTable = row.text("owned_table");
        ObjectKey ownedBy = ownedTable == null ? null
                : ObjectKey.member(ObjectKind.COLUMN, row.text("owned_schema"), ownedTable, row.text("owned_column"));
        out.accept(new Sequence(key, row.text("data_type"), row.number("start"), row.number("increment"),
                row.number("min_value"), row.number("max_value"), row.number("cache"), row.bool("cycle"),
                row.bool("unlogged"), ownedBy,
                row.grants(), row.text("comment")));
    }

    static void table(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        String schema = row.text("schema");
        ObjectKey key = ObjectKey.of(ObjectKind.TABLE, schema, row.text("name"));
        oids.put(OidKeys.PG_CLASS, row.number("oid"), key);
        oids.put(OidKeys.PG_TYPE, row.number("reltype"), key);
        List<ObjectKey> parents = parents(row);
        boolean partition = row.bool("is_partition");
        out.accept(new Table(key, row.bool("unlogged"), row.text("partition_key"),
                partition && !parents.isEmpty() ? parents.get(0) : null,
                partition ? Deparsed.normalise(row.text("partition_bound")) : null,
                partition ? List.of() : parents, row.bool("row_security"), row.bool("force_row_security"),
                row.texts("options"), row.texts("toast_options"), row.text("replica_identity"), row.text("cluster_on"),
                partitionColumns(row), row.grants(), row.text("comment"), row.bool("detach_pending"),
                row.text("access_method"), ofType(row)));
    }

    private static ObjectKey ofType(Rows row) throws SQLException {
        String name = row.text("of_type_name");
        return name == null ? null : ObjectKey.of(ObjectKind.COMPOSITE_TYPE, row.text("of_type_schema"), name);
    }

    /** The parents of a table or foreign table from {@code parent_schemas} and {@code parent_names}, in order. */
    static List<ObjectKey> parents(Rows row) throws SQLException {
        List<String> parentSchemas = row.texts("parent_schemas");
        List<String> parentNames = row.texts("parent_names");
        List<ObjectKey> parents = new ArrayList<>(parentNames.size());
        for (int i = 0; i < parentNames.size(); i++) {
            parents.add(ObjectKey.of(ObjectKind.TABLE, parentSchemas.get(i), parentNames.get(i)));
        }
        return parents;
    }

    private static List<Table.PartitionColumn> partitionColumns(Rows row) throws SQLException {
        List<String> names = row.texts("local_column_names");
        List<String> defaults = row.texts("local_column_defaults");
        List<Object> notNulls = row.array("local_column_not_nulls");
        List<Table.PartitionColumn> columns = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            columns.add(new Table.PartitionColumn(names.get(i), Deparsed.normalise(defaults.get(i)),
                    Boolean.TRUE.equals(notNulls.get(i))));
        }
        return columns;
    }

    static void column(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.member(ObjectKind.COLUMN, row.text("schema"), row.text("table_name"), row.text("name"));
        oids.put(OidKeys.PG_CLASS, row.number("relid"), row.integer("attnum"), key);
        String type = row.text("type");
        String identity = switch (row.text("identity")) {
            case "a" -> "ALWAYS";
            case "d" -> "BY DEFAULT";
            default -> null;
        };
        SequenceOptions identityOptions = identity == null ? null : SequenceOptions.identity(type,
                row.number("identity_start"), row.number("identity_increment"), row.number("identity_min"),
                row.number("identity_max"), row.number("identity_cache"), row.bool("identity_cycle"));
        out.accept(new Column(key, row.integer("position"), type, row.bool("not_null"),
                Deparsed.normalise(row.text("default_expr")), identity, identityOptions,
                Deparsed.normalise(row.text("generated")), row.text("collation"), storage(row.text("storage")),
                row.text("generated_storage"), notNullName(key, row.text("not_null_name")), statistics(row),
                row.text("compression"), row.texts("options"), row.grants(), row.text("comment"),
                chosenByServer(key, row.text("identity_sequence"), "_seq") ? null : row.text("identity_sequence"),
                row.bool("not_null_invalid")));
    }

    static void view(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKind kind = row.bool("materialized") ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW;
        ObjectKey key = ObjectKey.of(kind, row.text("schema"), row.text("name"));
        oids.put(OidKeys.PG_CLASS, row.number("oid"), key);
        oids.put(OidKeys.PG_TYPE, row.number("reltype"), key);
        out.accept(new View(key, ViewText.canonical(row.text("definition"), row.major()), row.texts("options"), row.grants(),
                row.text("comment"), viewColumns(row), row.text("access_method")));
    }

    private static List<ViewColumn> viewColumns(Rows row) throws SQLException {
        List<String> names = row.texts("column_names");
        if (names.isEmpty()) {
            return List.of();
        }
        List<String> defaults = row.texts("column_defaults");
        List<String> comments = row.texts("column_comments");
        List<ViewColumn> columns = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            columns.add(new ViewColumn(names.get(i), defaults.get(i), comments.get(i)));
        }
        return columns;
    }

    /** The statistics target, null when not set (-1 before PostgreSQL 17, NULL from 17 on). */
    private static Integer statistics(Rows row) throws SQLException {
        String value = row.text("statistics");
        return value == null ? null : Integer.valueOf(value);
    }

    /**
     * A NOT NULL constraint's name (PostgreSQL 18) when it is not one the server chooses by itself
     * ({@code <table>_<column>_not_null}, both parts possibly cut to fit 63 bytes, a number appended on a clash);
     * so a NOT NULL declared the usual way compares equal to one read from an older server, where it has no name.
     */
    static String notNullName(ObjectKey column, String name) {
        return chosenByServer(column, name, "_not_null") ? null : name;
    }

    /**
     * Whether {@code name} is the one the server gives an object of {@code column} by itself:
     * {@code <table>_<column><suffix>}, both parts possibly cut to fit 63 bytes, a number appended on a clash.
     * A missing name counts as chosen.
     */
    private static boolean chosenByServer(ObjectKey column, String name, String suffix) {
        if (name == null) {
            return true;
        }
        String rest = name.replaceFirst(suffix + "[0-9]*$", "");
        if (rest.length() == name.length()) {
            return false;
        }
        for (int cut = rest.indexOf('_'); cut >= 0; cut = rest.indexOf('_', cut + 1)) {
            String table = rest.substring(0, cut);
            String member = rest.substring(cut + 1);
            if (!table.isEmpty() && !member.isEmpty() && column.name().startsWith(table)
                    && column.member().startsWith(member)) {
                return true;
            }
        }
        return false;
    }

    static String storage(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "p" -> "PLAIN";
            case "e" -> "EXTERNAL";
            case "x" -> "EXTENDED";
            case "m" -> "MAIN";
            default -> code;
        };
    }
}
