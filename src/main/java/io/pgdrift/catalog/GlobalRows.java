package io.pgdrift.catalog;

import io.pgdrift.model.EventTrigger;
import io.pgdrift.model.Extension;
import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Consumer;

/** Rows of the database-wide kinds: schemas, extensions, event triggers. */
final class GlobalRows {
    private GlobalRows() {
    }

    /** The public schema's privileges as PostgreSQL 13 and 14 create it: USAGE and CREATE to everyone. */
    private static final List<Grant> PUBLIC_SCHEMA_DEFAULT_BEFORE_15 = List.of(
            new Grant(Grant.PUBLIC, "CREATE", false), new Grant(Grant.PUBLIC, "USAGE", false));

    static void schema(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        String name = row.text("name");
        List<Grant> grants = row.grants();
        // PostgreSQL 15 stopped granting CREATE on the public schema to everyone. A public schema left as
        // initdb made it reads as the 15+ default, so the same DDL on 13 and 18 is not drift.
        if (name.equals("public") && row.major() < 15 && grants.equals(PUBLIC_SCHEMA_DEFAULT_BEFORE_15)) {
            grants = List.of(new Grant(Grant.PUBLIC, "USAGE", false));
        }
        out.accept(new SchemaDef(ObjectKey.schema(name), grants, row.text("comment")));
    }

    static void extension(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        out.accept(new Extension(ObjectKey.global(ObjectKind.EXTENSION, row.text("name")), row.text("version"),
                row.text("schema"), row.text("comment")));
    }

    static void eventTrigger(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.global(ObjectKind.EVENT_TRIGGER, row.text("name"));
        oids.put(OidKeys.PG_EVENT_TRIGGER, row.number("oid"), key);
        out.accept(new EventTrigger(key, row.text("event"),
                row.text("function"), row.texts("tags"), enabled(row.text("enabled")), row.text("comment")));
    }

    /** {@code tgenabled} / {@code evtenabled} as a word. */
    static String enabled(String code) {
        return switch (code) {
            case "O" -> "ORIGIN";
            case "D" -> "DISABLED";
            case "R" -> "REPLICA";
            case "A" -> "ALWAYS";
            default -> code;
        };
    }
}
