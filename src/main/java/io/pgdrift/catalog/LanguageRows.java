package io.pgdrift.catalog;

import io.pgdrift.model.Language;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code languages.sql}. */
final class LanguageRows {
    private LanguageRows() {
    }

    static void language(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.global(ObjectKind.LANGUAGE, row.text("name"));
        oids.put(OidKeys.PG_LANGUAGE, row.number("oid"), key);
        out.accept(new Language(key, row.bool("trusted"), row.text("handler"), row.text("inline"),
                row.text("validator"), row.grants(), row.text("comment")));
    }
}
