package io.pgdrift.catalog;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.Owner;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the owners of the objects already read ({@code catalog/owners.sql}): one query for every kind, each row
 * named through {@link OidKeys}, so only objects the snapshot holds get an owner.
 */
final class Owners {
    private static final long PG_NAMESPACE = 2615;

    private Owners() {
    }

    static List<Owner> read(Connection connection, int major, OidKeys oids) throws SQLException {
        List<Owner> owners = new ArrayList<>();
        try (Statement s = connection.createStatement()) {
            s.setFetchSize(5000);
            try (ResultSet rs = s.executeQuery(CatalogSql.load("owners", major))) {
                while (rs.next()) {
                    long catalog = rs.getLong("classid");
                    ObjectKey key = catalog == PG_NAMESPACE ? ObjectKey.schema(rs.getString("schema"))
                            : oids.get(catalog, rs.getLong("oid"), 0);
                    if (key != null) {
                        owners.add(new Owner(key, rs.getString("owner")));
                    }
                }
            }
        }
        return owners;
    }
}
