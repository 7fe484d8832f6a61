package io.pgdrift.catalog;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.TextSearchTemplate;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code ts_templates.sql}. */
final class TextSearchTemplateRows {
    private TextSearchTemplateRows() {
    }

    static void template(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.of(ObjectKind.TEXT_SEARCH_TEMPLATE, row.text("schema"), row.text("name"));
        oids.put(OidKeys.PG_TS_TEMPLATE, row.number("oid"), key);
        out.accept(new TextSearchTemplate(key, row.text("init_function"), row.text("lexize_function"),
                row.text("comment")));
    }
}
