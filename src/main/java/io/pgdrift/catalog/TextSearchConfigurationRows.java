package io.pgdrift.catalog;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.TextSearchConfiguration;
import io.pgdrift.model.TextSearchConfiguration.Mapping;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Rows of {@code ts_configs.sql}: the parallel arrays {@code tokens} and {@code dictionaries} become mappings. */
final class TextSearchConfigurationRows {
    private TextSearchConfigurationRows() {
    }

    static void configuration(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.of(ObjectKind.TEXT_SEARCH_CONFIGURATION, row.text("schema"), row.text("name"));
        oids.put(OidKeys.PG_TS_CONFIG, row.number("oid"), key);
        List<String> tokens = row.texts("tokens");
        List<String> dictionaries = row.texts("dictionaries");
        List<Mapping> mappings = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            mappings.add(new Mapping(tokens.get(i), dictionaries.get(i)));
        }
        out.accept(new TextSearchConfiguration(key, row.text("parser"), mappings, row.text("comment")));
    }
}
