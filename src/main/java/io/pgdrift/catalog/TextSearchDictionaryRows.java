package io.pgdrift.catalog;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.TextSearchDictionary;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Rows of {@code ts_dictionaries.sql}. */
final class TextSearchDictionaryRows {
    private TextSearchDictionaryRows() {
    }

    static void dictionary(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.of(ObjectKind.TEXT_SEARCH_DICTIONARY, row.text("schema"), row.text("name"));
        oids.put(OidKeys.PG_TS_DICT, row.number("oid"), key);
        out.accept(new TextSearchDictionary(key, row.text("template"), options(row.text("options")),
                row.text("comment")));
    }

    /**
     * {@code stopwords = 'english', accept = 'false'} as one entry per option: split at the commas that stand
     * outside quotes (the server quotes names with {@code "} and values with {@code '}, doubling them inside).
     */
    static List<String> options(String deparsed) {
        List<String> options = new ArrayList<>();
        if (deparsed == null || deparsed.isBlank()) {
            return options;
        }
        char quote = 0;
        int start = 0;
        for (int i = 0; i < deparsed.length(); i++) {
            char c = deparsed.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0; // a doubled quote closes and reopens: the state comes out the same
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ',') {
                options.add(deparsed.substring(start, i).strip());
                start = i + 1;
            }
        }
        options.add(deparsed.substring(start).strip());
        return options;
    }
}
