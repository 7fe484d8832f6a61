package io.pgdrift.catalog;

import io.pgdrift.model.Aggregate;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import java.sql.SQLException;
import java.util.function.Consumer;

/** Rows of {@code aggregates.sql}. */
final class AggregateRows {
    private AggregateRows() {
    }

    static void aggregate(Rows row, OidKeys oids, Consumer<SchemaObject> out) throws SQLException {
        ObjectKey key = new ObjectKey(ObjectKind.AGGREGATE, row.text("schema"), row.text("name"), row.text("identity"));
        oids.put(OidKeys.PG_PROC, row.number("oid"), key);
        String kind = switch (row.text("kind")) {
            case "o" -> "ORDERED_SET";
            case "h" -> "HYPOTHETICAL";
            default -> "NORMAL";
        };
        String parallel = switch (row.text("parallel")) {
            case "s" -> "SAFE";
            case "r" -> "RESTRICTED";
            default -> "UNSAFE";
        };
        out.accept(new Aggregate(key, row.text("arguments"), kind, row.text("result"),
                row.text("transition"), row.text("state_type"), integer(row, "state_space"),
                row.text("final_function"), row.bool("final_extra"), modify(row.text("final_modify")),
                row.text("combine"), row.text("serialize"), row.text("deserialize"), row.text("initial_condition"),
                row.text("moving_transition"), row.text("moving_inverse"), row.text("moving_state_type"),
                integer(row, "moving_state_space"), row.text("moving_final"), row.bool("moving_final_extra"),
                modify(row.text("moving_final_modify")), row.text("moving_initial_condition"),
                row.text("sort_operator"), parallel, row.grants(), row.text("comment")));
    }

    private static Integer integer(Rows row, String column) throws SQLException {
        String text = row.text(column);
        return text == null ? null : Integer.valueOf(text);
    }

    /** {@code aggfinalmodify} as the word CREATE AGGREGATE takes; null without a final function. */
    private static String modify(String code) {
        if (code == null) {
            return null;
        }
        return switch (code) {
            case "r" -> "READ_ONLY";
            case "s" -> "SHAREABLE";
            case "w" -> "READ_WRITE";
            default -> code;
        };
    }
}
