package io.pgdrift.testing.linear;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Evaluates Linear filter arguments ({@code IssueFilter}, {@code TeamFilter}, …) against the fake's entities,
 * given as "views": maps from filter field name to a scalar, a nested view, a list of views (a collection) or
 * null. A filter key the fake does not know fails the request, so a filter pgdrift relies on cannot be silently
 * ignored.
 */
final class FakeFilter {
    private FakeFilter() {
    }

    static boolean matches(Map<String, ?> filter, Map<String, ?> view) {
        if (filter == null) {
            return true;
        }
        for (Map.Entry<String, ?> e : filter.entrySet()) {
            if (e.getValue() == null) {
                continue;
            }
            if (!matchesOne(e.getKey(), e.getValue(), view)) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static boolean matchesOne(String key, Object condition, Map<String, ?> view) {
        switch (key) {
            case "and":
                return ((List<Map<String, ?>>) condition).stream().allMatch(f -> matches(f, view));
            case "or":
                return ((List<Map<String, ?>>) condition).stream().anyMatch(f -> matches(f, view));
            case "null":
                return view == null == (Boolean) condition;
            default:
                break;
        }
        if (view == null) {
            return false;
        }
        if (!view.containsKey(key)) {
            throw new FakeLinearSchema.FakeError("the fake Linear does not filter on \"" + key + "\"",
                    "INTERNAL_ERROR", "internal error", "unsupported filter " + key, 500);
        }
        Object value = view.get(key);
        Map<String, ?> cond = (Map<String, ?>) condition;
        if (value instanceof Collection<?> collection) {
            return collection(cond, (Collection<Map<String, ?>>) collection);
        }
        if (value instanceof Map<?, ?> || isEntityFilter(cond)) {
            return matches(cond, (Map<String, ?>) value);
        }
        return compare(cond, value);
    }

    private static boolean isEntityFilter(Map<String, ?> cond) {
        return cond.keySet().stream().anyMatch(k -> !COMPARATORS.contains(k));
    }

    private static final List<String> COMPARATORS = List.of("eq", "neq", "in", "nin", "eqIgnoreCase",
            "neqIgnoreCase", "contains", "containsIgnoreCase", "notContains", "startsWith", "endsWith", "null");

    @SuppressWarnings("unchecked")
    private static boolean collection(Map<String, ?> cond, Collection<Map<String, ?>> items) {
        for (Map.Entry<String, ?> e : cond.entrySet()) {
            Map<String, ?> sub = (Map<String, ?>) e.getValue();
            boolean ok = switch (e.getKey()) {
                case "some" -> items.stream().anyMatch(i -> matches(sub, i));
                case "every" -> items.stream().allMatch(i -> matches(sub, i));
                default -> items.stream().anyMatch(i -> matches(Map.of(e.getKey(), sub), i));
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    private static boolean compare(Map<String, ?> cond, Object value) {
        String text = value == null ? null : value.toString();
        for (Map.Entry<String, ?> e : cond.entrySet()) {
            Object arg = e.getValue();
            if (arg == null) {
                continue;
            }
            boolean ok = switch (e.getKey()) {
                case "eq" -> Objects.equals(text, arg.toString());
                case "neq" -> !Objects.equals(text, arg.toString());
                case "in" -> ((List<Object>) arg).stream().anyMatch(a -> a.toString().equals(text));
                case "nin" -> ((List<Object>) arg).stream().noneMatch(a -> a.toString().equals(text));
                case "eqIgnoreCase" -> text != null && text.equalsIgnoreCase(arg.toString());
                case "neqIgnoreCase" -> text == null || !text.equalsIgnoreCase(arg.toString());
                case "contains" -> text != null && text.contains(arg.toString());
                case "containsIgnoreCase" -> text != null
                        && text.toLowerCase(Locale.ROOT).contains(arg.toString().toLowerCase(Locale.ROOT));
                case "notContains" -> text == null || !text.contains(arg.toString());
                case "startsWith" -> text != null && text.startsWith(arg.toString());
                case "endsWith" -> text != null && text.endsWith(arg.toString());
                case "null" -> (text == null) == (Boolean) arg;
                default -> throw new FakeLinearSchema.FakeError("the fake Linear does not compare with \""
                        + e.getKey() + "\"", "INTERNAL_ERROR", "internal error", "unsupported comparator", 500);
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }
}
