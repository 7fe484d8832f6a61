package io.pgdrift.catalog;

import io.pgdrift.model.Function;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of functions and procedures. */
final class RoutineRows {
    private RoutineRows() {
    }

    static void function(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        boolean procedure = row.bool("procedure");
        String identity = procedure ? withoutInMode(row.text("identity")) : row.text("identity");
        String arguments = procedure ? withoutInMode(row.text("arguments")) : row.text("arguments");
        ObjectKey key = new ObjectKey(ObjectKind.FUNCTION, row.text("schema"), row.text("name"), identity);
        oids.put(OidKeys.PG_PROC, row.number("oid"), key);
        String sqlBody = row.text("sql_body");
        String body = sqlBody != null ? Deparsed.normalise(sqlBody) : row.text("source").strip();
        String volatility = switch (row.text("volatility")) {
            case "i" -> "IMMUTABLE";
            case "s" -> "STABLE";
            default -> "VOLATILE";
        };
        String parallel = switch (row.text("parallel")) {
            case "s" -> "SAFE";
            case "r" -> "RESTRICTED";
            default -> "UNSAFE";
        };
        out.accept(new Function(key, procedure, arguments, row.text("result"),
                row.text("language"), body, volatility, row.bool("strict"), row.bool("security_definer"),
                row.bool("leakproof"), parallel, row.sortedTexts("config"), row.text("cost"), row.text("rows"),
                row.text("definition"), row.grants(),
                row.text("comment"), row.text("support"), row.bool("window") ? Boolean.TRUE : null));
    }

    /**
     * A procedure's argument list without the {@code IN} mode word, which PostgreSQL 14 and later print and 13
     * does not ({@code IN} is the default mode, so both mean the same).
     */
    static String withoutInMode(String arguments) {
        if (arguments == null || !arguments.contains("IN ")) {
            return arguments;
        }
        StringBuilder out = new StringBuilder(arguments.length());
        int depth = 0;
        boolean argumentStart = true;
        int i = 0;
        while (i < arguments.length()) {
            if (argumentStart && arguments.startsWith("IN ", i)) {
                i += 3;
            }
            argumentStart = false;
            char c = arguments.charAt(i);
            int end = Deparsed.quotedEnd(arguments, i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            out.append(arguments, i, end);
            i = end;
            if (c == ',' && depth == 0) {
                while (i < arguments.length() && arguments.charAt(i) == ' ') {
                    out.append(' ');
                    i++;
                }
                argumentStart = true;
            }
        }
        return out.toString();
    }
}
