package io.pgdrift.catalog;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Statistics;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code statistics.sql}. */
final class StatisticsRows {
    private StatisticsRows() {
    }

    static void statistics(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = ObjectKey.of(ObjectKind.STATISTICS, row.text("schema"), row.text("name"));
        oids.put(OidKeys.PG_STATISTIC_EXT, row.number("oid"), key);
        ObjectKey table = ObjectKey.of(row.bool("on_matview") ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.TABLE,
                row.text("table_schema"), row.text("table_name"));
        String target = row.text("target");
        out.accept(new Statistics(key, table, row.texts("kinds"), row.texts("columns"), row.texts("expressions"),
                target == null ? null : Integer.valueOf(target), row.text("comment")));
    }
}
