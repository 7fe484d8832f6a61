package io.pgdrift.catalog;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Rule;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code rules.sql}. */
final class RuleRows {
    private RuleRows() {
    }

    static void rule(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.member(ObjectKind.RULE, row.text("schema"), row.text("table_name"), row.text("name"));
        oids.put(OidKeys.PG_REWRITE, row.number("oid"), key);
        out.accept(new Rule(key, Deparsed.normalise(row.text("definition")), GlobalRows.enabled(row.text("enabled")),
                row.text("comment")));
    }
}
