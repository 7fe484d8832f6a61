package io.pgdrift.plan.kind;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Storage parameters ({@code reloptions}) of tables, views and materialized views: {@code WITH (...)}, SET, RESET. */
final class StorageParameters {

    private static final Pattern SAFE_VALUE = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_.]*");

    private StorageParameters() {
    }

    /** {@code WITH (a=1, b=x)}, or the empty string. */
    static String with(List<String> options) {
        if (options.isEmpty()) {
            return "";
        }
        return " WITH (" + options.stream().map(StorageParameters::option).collect(Collectors.joining(", ")) + ")";
    }

    /** RESET what TO no longer sets, then SET what is new or changed. */
    static void change(PlanContext plan, String prefix, ObjectKey k, List<String> before, List<String> after,
                       Direction d) {
        List<String> set = new ArrayList<>();
        for (String option : after) {
            if (!before.contains(option)) {
                set.add(option(option));
            }
        }
        List<String> reset = new ArrayList<>();
        Set<String> afterNames = new HashSet<>();
        after.forEach(o -> afterNames.add(name(o)));
        for (String option : before) {
            if (!afterNames.contains(name(option))) {
                reset.add(name(option));
            }
        }
        if (!reset.isEmpty()) {
            plan.alter(Phase.ALTER, k, prefix + " RESET (" + String.join(", ", reset) + ");", d);
        }
        if (!set.isEmpty()) {
            plan.alter(Phase.ALTER, k, prefix + " SET (" + String.join(", ", set) + ");", d);
        }
    }

    private static String option(String nameValue) {
        int eq = nameValue.indexOf('=');
        String name = name(nameValue);
        if (eq < 0) {
            return name;
        }
        String value = nameValue.substring(eq + 1);
        return name + "=" + (SAFE_VALUE.matcher(value).matches() ? value : Sql.literal(value));
    }

    private static String name(String nameValue) {
        int eq = nameValue.indexOf('=');
        String name = eq < 0 ? nameValue : nameValue.substring(0, eq);
        if (!NAME.matcher(name).matches()) {
            throw new PgdriftException("unexpected storage parameter '" + nameValue + "' in the snapshot");
        }
        return name;
    }
}
