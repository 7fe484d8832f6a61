package io.pgdrift.catalog;

import io.pgdrift.model.Grant;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Typed access to the current row of a catalog query, by column label, and the server's major version. Texts
 * come through the read's {@link TextPool}.
 */
final class Rows {
    private final ResultSet rs;
    private final int major;
    private final TextPool pool;
    /**
     * Column positions by label. The labels are mostly the readers' string constants, so an identity lookup finds
     * them without comparing characters, which the driver's own lookup by name does for every value read; a
     * label built at run time ({@code prefix + "grantees"}) is found through its interned instance, so the map
     * holds one entry per column, never one per row.
     */
    private final Map<String, Integer> positions = new IdentityHashMap<>();

    Rows(ResultSet rs, int major, TextPool pool) {
        this.rs = rs;
        this.major = major;
        this.pool = pool;
    }

    /** The major version of the server the row comes from, for the few version-dependent normalisations. */
    int major() {
        return major;
    }

    String text(String column) throws SQLException {
        return pool.share(rs.getString(position(column)));
    }

    boolean bool(String column) throws SQLException {
        return rs.getBoolean(position(column));
    }

    long number(String column) throws SQLException {
        return rs.getLong(position(column));
    }

    int integer(String column) throws SQLException {
        return rs.getInt(position(column));
    }

    /** The 1-based position of a column; an unknown label fails as the driver reports it. */
    private int position(String column) throws SQLException {
        Integer position = positions.get(column);
        if (position == null) {
            String label = column.intern();
            position = positions.get(label);
            if (position == null) {
                position = rs.findColumn(label);
                positions.put(label, position);
            }
        }
        return position;
    }

    /** A Postgres array as a list; an SQL NULL array is an empty list, NULL elements stay null. */
    List<Object> array(String column) throws SQLException {
        Array array = rs.getArray(position(column));
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.asList((Object[]) array.getArray());
        } finally {
            array.free();
        }
    }

    List<String> texts(String column) throws SQLException {
        List<String> list = new ArrayList<>();
        for (Object o : array(column)) {
            list.add(o == null ? null : pool.share(o.toString()));
        }
        return list;
    }

    /** {@link #texts} sorted, for lists whose order means nothing (options, config, tags, roles). */
    List<String> sortedTexts(String column) throws SQLException {
        List<String> list = texts(column);
        list.sort(null);
        return list;
    }

    /**
     * Grants from the parallel arrays {@code grantees}, {@code privileges}, {@code grantable}, sorted, each once
     * (the same privilege granted by two grantors is one grant to compare).
     */
    List<Grant> grants() throws SQLException {
        return grants("");
    }

    /** {@link #grants()} from the arrays whose names start with {@code prefix} ({@code revoked_grantees}, ...). */
    List<Grant> grants(String prefix) throws SQLException {
        List<String> grantees = texts(prefix + "grantees");
        List<String> privileges = texts(prefix + "privileges");
        List<Object> grantable = array(prefix + "grantable");
        Set<Grant> grants = new TreeSet<>();
        for (int i = 0; i < grantees.size(); i++) {
            grants.add(new Grant(grantees.get(i), privileges.get(i), Boolean.TRUE.equals(grantable.get(i))));
        }
        return List.copyOf(grants);
    }
}
