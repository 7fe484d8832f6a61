package io.pgdrift.catalog;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.TextSearchParser;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code ts_parsers.sql}. */
final class TextSearchParserRows {
    private TextSearchParserRows() {
    }

    static void parser(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.of(ObjectKind.TEXT_SEARCH_PARSER, row.text("schema"), row.text("name"));
        oids.put(OidKeys.PG_TS_PARSER, row.number("oid"), key);
        out.accept(new TextSearchParser(key, row.text("start_function"), row.text("token_function"),
                row.text("end_function"), row.text("lextypes_function"), row.text("headline_function"),
                row.text("comment")));
    }
}
