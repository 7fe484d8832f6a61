package io.pgdrift.catalog;

import java.sql.SQLException;
import java.util.StringJoiner;

/**
 * The options of an identity column's internal sequence that differ from what {@code GENERATED ... AS IDENTITY}
 * gives by default for the column's type, in the order {@code CREATE SEQUENCE} lists them; null when none differ.
 */
final class IdentityOptions {
    private IdentityOptions() {
    }

    static String of(String columnType, Rows row) throws SQLException {
        long typeMax = switch (columnType) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        long typeMin = switch (columnType) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
        long increment = row.number("identity_increment");
        long min = row.number("identity_min");
        long max = row.number("identity_max");
        long start = row.number("identity_start");
        boolean ascending = increment > 0;
        long defaultMin = ascending ? 1 : typeMin;
        long defaultMax = ascending ? typeMax : -1;
        StringJoiner options = new StringJoiner(" ");
        if (start != (ascending ? min : max)) {
            options.add("START WITH " + start);
        }
        if (increment != 1) {
            options.add("INCREMENT BY " + increment);
        }
        if (min != defaultMin) {
            options.add("MINVALUE " + min);
        }
        if (max != defaultMax) {
            options.add("MAXVALUE " + max);
        }
        if (row.number("identity_cache") != 1) {
            options.add("CACHE " + row.number("identity_cache"));
        }
        if (row.bool("identity_cycle")) {
            options.add("CYCLE");
        }
        return options.length() == 0 ? null : options.toString();
    }
}
