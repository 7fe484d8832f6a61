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
    static final String TOAST = "toast.";

    private StorageParameters() {
    }

    /** {@code WITH (a=1, b=x)}, or the empty string. */
    static String with(List<String> options) {
        return with(options, List.of());
    }

    /** {@code WITH (a=1, toast.b=x)}: a table's parameters, then its TOAST table's; or the empty string. */
    static String with(List<String> options, List<String> toastOptions) {
        List<String> all = new ArrayList<>();
        options.forEach(o -> all.add(option(o, "")));
        toastOptions.forEach(o -> all.add(option(o, TOAST)));
        return all.isEmpty() ? "" : " WITH (" + String.join(", ", all) + ")";
    }

    /** {@code  SET (a=1, b=x)} for parameters of an object created by the same migration. */
    static String set(List<String> options) {
        return " SET (" + options.stream().map(o -> option(o, "")).collect(Collectors.joining(", ")) + ")";
    }

    /** As {@link #change(PlanContext, String, ObjectKey, List, List, String, Direction)} for the object's own parameters. */
    static void change(PlanContext plan, String prefix, ObjectKey k, List<String> before, List<String> after,
                       Direction d) {
        change(plan, prefix, k, before, after, "", d);
    }

    /**
     * RESET what TO no longer sets, then SET what is new or changed, so that the parameters end in TO's order
     * (the order {@code pg_dump} prints them in): SET keeps the parameters it does not name where they are and
     * appends the ones it names, so when that would give another order every parameter of TO is set again.
     * {@code namePrefix} is {@code toast.} for the parameters of a table's TOAST table.
     */
    static void change(PlanContext plan, String prefix, ObjectKey k, List<String> before, List<String> after,
                       String namePrefix, Direction d) {
        if (before.equals(after)) {
            return;
        }
        List<String> reset = new ArrayList<>();
        Set<String> afterNames = new HashSet<>();
        after.forEach(o -> afterNames.add(name(o)));
        for (String option : before) {
            if (!afterNames.contains(name(option))) {
                reset.add(namePrefix + name(option));
            }
        }
        List<String> changed = new ArrayList<>();
        Set<String> changedNames = new HashSet<>();
        for (String option : after) {
            if (!before.contains(option)) {
                changed.add(option);
                changedNames.add(name(option));
            }
        }
        List<String> result = new ArrayList<>();
        for (String option : before) {
            if (afterNames.contains(name(option)) && !changedNames.contains(name(option))) {
                result.add(option);
            }
        }
        result.addAll(changed);
        List<String> set = result.equals(after) ? changed : after;
        if (!reset.isEmpty()) {
            plan.alter(Phase.ALTER, k, prefix + " RESET (" + String.join(", ", reset) + ");", d);
        }
        if (!set.isEmpty()) {
            plan.alter(Phase.ALTER, k, prefix + " SET (" + set.stream().map(o -> option(o, namePrefix))
                    .collect(Collectors.joining(", ")) + ");", d);
        }
    }

    private static String option(String nameValue, String namePrefix) {
        int eq = nameValue.indexOf('=');
        String name = namePrefix + name(nameValue);
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
