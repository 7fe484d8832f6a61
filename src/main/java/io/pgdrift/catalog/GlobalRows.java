package io.pgdrift.catalog;

import io.pgdrift.model.EventTrigger;
import io.pgdrift.model.Extension;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of the database-wide kinds: schemas, extensions, event triggers. */
final class GlobalRows {
    private GlobalRows() {
    }

    static void schema(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        out.accept(new SchemaDef(ObjectKey.schema(row.text("name")), row.grants(), row.text("comment")));
    }

    static void extension(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        out.accept(new Extension(ObjectKey.global(ObjectKind.EXTENSION, row.text("name")), row.text("version"),
                row.text("schema"), row.text("comment")));
    }

    static void eventTrigger(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.global(ObjectKind.EVENT_TRIGGER, row.text("name"));
        oids.put(OidKeys.PG_EVENT_TRIGGER, row.number("oid"), key);
        out.accept(new EventTrigger(key, row.text("event"),
                row.text("function"), row.sortedTexts("tags"), enabled(row.text("enabled")), row.text("comment")));
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
