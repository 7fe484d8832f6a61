package io.pgdrift.catalog;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.RelationSize;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the size estimates of tables and materialized views ({@code catalog/sizes.sql}); a partitioned table's
 * estimate is the sum of its partitions', at every level.
 */
final class RelationSizes {
    private RelationSizes() {
    }

    private record Row(RelationSize own, boolean partitioned, ObjectKey parent) {
    }

    static List<RelationSize> read(Connection connection, int major) throws SQLException {
        Map<ObjectKey, Row> rows = new LinkedHashMap<>();
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(5000);
            try (ResultSet rs = s.executeQuery(CatalogSql.load("sizes", major))) {
                while (rs.next()) {
                    ObjectKind kind = rs.getBoolean("materialized") ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.TABLE;
                    ObjectKey key = ObjectKey.of(kind, rs.getString("schema"), rs.getString("name"));
                    String parentName = rs.getString("parent_name");
                    ObjectKey parent = parentName == null ? null
                            : ObjectKey.of(ObjectKind.TABLE, rs.getString("parent_schema"), parentName);
                    rows.put(key, new Row(new RelationSize(key, rs.getLong("rows"), rs.getLong("bytes")),
                            rs.getBoolean("partitioned"), parent));
                }
            }
        }
        Map<ObjectKey, List<ObjectKey>> children = new HashMap<>();
        rows.forEach((key, row) -> {
            if (row.parent() != null) {
                children.computeIfAbsent(row.parent(), k -> new ArrayList<>()).add(key);
            }
        });
        Map<ObjectKey, RelationSize> totals = new HashMap<>();
        List<RelationSize> sizes = new ArrayList<>(rows.size());
        for (ObjectKey key : rows.keySet()) {
            sizes.add(total(key, rows, children, totals));
        }
        return sizes;
    }

    /** A partitioned table's own pages are none and its own reltuples may be stale: its partitions count. */
    private static RelationSize total(ObjectKey key, Map<ObjectKey, Row> rows, Map<ObjectKey, List<ObjectKey>> children,
                                      Map<ObjectKey, RelationSize> totals) {
        RelationSize known = totals.get(key);
        if (known != null) {
            return known;
        }
        Row row = rows.get(key);
        RelationSize total = row.own();
        if (row.partitioned()) {
            total = new RelationSize(key, -1, 0);
            for (ObjectKey child : children.getOrDefault(key, List.of())) {
                total = total.plus(total(child, rows, children, totals));
            }
        }
        totals.put(key, total);
        return total;
    }
}
