package io.pgdrift.plan.kind;

import java.util.regex.Pattern;

/**
 * Whether a default expression may be volatile, judged from its text (the plan cannot ask the server):
 * a volatile default on a new column makes PostgreSQL rewrite the table instead of storing one value.
 */
final class Volatility {

    /** Calls known to be volatile, and any call outside a short list of known stable or immutable ones. */
    private static final Pattern VOLATILE = Pattern.compile(
            "\\b(nextval|random|gen_random_uuid|uuid_generate_v[14]|clock_timestamp|timeofday|txid_current|setseed)\\s*\\(");
    private static final Pattern ANY_CALL = Pattern.compile("\\b([a-z_][a-z0-9_]*)\\s*\\(");
    private static final java.util.Set<String> STABLE = java.util.Set.of("now", "statement_timestamp",
            "transaction_timestamp", "current_setting", "lower", "upper", "jsonb_build_object", "json_build_object",
            "array", "coalesce", "nullif", "to_jsonb", "numeric", "char", "varchar", "timestamp", "time",
            "interval", "int", "date");

    private Volatility() {
    }

    static boolean mayBeVolatile(String expression) {
        if (VOLATILE.matcher(expression).find()) {
            return true;
        }
        var m = ANY_CALL.matcher(expression.replaceAll("'(?:[^']|'')*'", "''"));
        while (m.find()) {
            if (!STABLE.contains(m.group(1))) {
                return true;
            }
        }
        return false;
    }
}
