package io.pgdrift.catalog;

import io.pgdrift.model.Constraint;
import io.pgdrift.model.Index;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Policy;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Trigger;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Rows of the kinds that belong to a table: constraints, indexes, triggers, policies. */
final class MemberRows {
    private static final String NOT_VALID = " NOT VALID";

    private MemberRows() {
    }

    static void constraint(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = member(row, ObjectKind.CONSTRAINT);
        oids.put(OidKeys.PG_CONSTRAINT, row.number("oid"), key);
        oids.put(OidKeys.PG_CLASS, row.number("backing_index"), key);
        String type = switch (row.text("type")) {
            case "p" -> "PRIMARY KEY";
            case "u" -> "UNIQUE";
            case "f" -> "FOREIGN KEY";
            case "c" -> "CHECK";
            case "x" -> "EXCLUDE";
            default -> row.text("type");
        };
        String refTable = row.text("ref_table");
        ObjectKey references = refTable == null ? null : ObjectKey.of(ObjectKind.TABLE, row.text("ref_schema"), refTable);
        out.accept(new Constraint(key, type, withoutNotValid(row.text("definition")), row.bool("validated"),
                references, row.texts("index_options"), row.text("index_comment"), row.text("comment"),
                attached(row, ObjectKind.CONSTRAINT)));
    }

    static void index(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = member(row, ObjectKind.INDEX);
        oids.put(OidKeys.PG_CLASS, row.number("oid"), key);
        String definition = row.text("definition");
        String named = " INDEX " + row.text("quoted_name") + " ON ";
        int at = definition.indexOf(named);
        if (at >= 0) {
            definition = definition.substring(0, at) + " INDEX ON " + definition.substring(at + named.length());
        }
        if (definition.contains(" INDEX ON ONLY ")) {
            definition = definition.replaceFirst(" INDEX ON ONLY ", " INDEX ON ");
        }
        out.accept(new Index(key, Deparsed.normalise(definition), row.text("comment"), !row.bool("valid"),
                row.texts("statistics"), attached(row, ObjectKind.INDEX)));
    }

    static void trigger(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = member(row, ObjectKind.TRIGGER);
        oids.put(OidKeys.PG_TRIGGER, row.number("oid"), key);
        List<String> schemas = row.texts("clone_schemas");
        List<String> tables = row.texts("clone_tables");
        List<String> states = row.texts("clone_states");
        List<Trigger.CloneState> clones = new ArrayList<>(schemas.size());
        for (int i = 0; i < schemas.size(); i++) {
            clones.add(new Trigger.CloneState(schemas.get(i), tables.get(i), GlobalRows.enabled(states.get(i))));
        }
        out.accept(new Trigger(key, Deparsed.normalise(row.text("definition")), GlobalRows.enabled(row.text("enabled")),
                row.text("comment"), clones));
    }

    static void policy(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = member(row, ObjectKind.POLICY);
        oids.put(OidKeys.PG_POLICY, row.number("oid"), key);
        String command = switch (row.text("command")) {
            case "r" -> "SELECT";
            case "a" -> "INSERT";
            case "w" -> "UPDATE";
            case "d" -> "DELETE";
            default -> "ALL";
        };
        out.accept(new Policy(key, command, row.bool("permissive"), row.sortedTexts("roles"),
                Deparsed.normalise(row.text("using_expr")), Deparsed.normalise(row.text("with_check")),
                row.text("comment")));
    }

    /** A constraint definition, whitespace normalised, without the trailing {@code NOT VALID} ({@code validated} says it). */
    static String withoutNotValid(String definition) {
        String text = Deparsed.normalise(definition);
        return text != null && text.endsWith(NOT_VALID) ? text.substring(0, text.length() - NOT_VALID.length()) : text;
    }

    /** The partitions' members attached to this one, from the parallel arrays {@code attached_schemas/tables/names}. */
    private static List<ObjectKey> attached(Rows row, ObjectKind kind) throws SQLException {
        List<String> schemas = row.texts("attached_schemas");
        List<String> tables = row.texts("attached_tables");
        List<String> names = row.texts("attached_names");
        List<ObjectKey> attached = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            attached.add(ObjectKey.member(kind, schemas.get(i), tables.get(i), names.get(i)));
        }
        return attached;
    }

    private static ObjectKey member(Rows row, ObjectKind kind) throws SQLException {
        return ObjectKey.member(kind, row.text("schema"), row.text("table_name"), row.text("name"));
    }
}
