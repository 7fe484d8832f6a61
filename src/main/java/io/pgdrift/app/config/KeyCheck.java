package io.pgdrift.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks the YAML tree against the {@link ConfigFile} records: reports unknown keys (with the nearest known
 * one) and values of the wrong shape, each at its key path, so binding afterwards cannot fail.
 */
final class KeyCheck {
    private final List<ConfigProblem> problems;

    KeyCheck(List<ConfigProblem> problems) {
        this.problems = problems;
    }

    void check(JsonNode node, Class<?> record, String path) {
        if (!node.isObject()) {
            problems.add(new ConfigProblem(path.isEmpty() ? "(top level)" : path, "expected a mapping of keys"));
            return;
        }
        RecordComponent[] components = record.getRecordComponents();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String key = field.getKey();
            String keyPath = path.isEmpty() ? key : path + "." + key;
            Optional<RecordComponent> component = Arrays.stream(components).filter(c -> c.getName().equals(key)).findFirst();
            if (component.isEmpty()) {
                problems.add(new ConfigProblem(keyPath, "unknown key" + suggestion(key, components)));
            } else if (!field.getValue().isNull()) {
                checkValue(field.getValue(), component.get().getType(), component.get().getGenericType(), keyPath);
            }
        }
    }

    private void checkValue(JsonNode value, Class<?> type, Type generic, String path) {
        if (type.isRecord()) {
            check(value, type, path);
        } else if (type == List.class) {
            if (!value.isArray()) {
                problems.add(new ConfigProblem(path, "expected a list, e.g. [a, b]"));
                return;
            }
            Type element = ((ParameterizedType) generic).getActualTypeArguments()[0];
            for (int i = 0; i < value.size(); i++) {
                checkValue(value.get(i), (Class<?>) element, element, path + "[" + i + "]");
            }
        } else if (type == Map.class) {
            if (!value.isObject()) {
                problems.add(new ConfigProblem(path, "expected a mapping, e.g. {app_staging: app}"));
                return;
            }
            for (Map.Entry<String, JsonNode> entry : value.properties()) {
                if (!entry.getValue().isValueNode() || entry.getValue().isNull()) {
                    problems.add(new ConfigProblem(path + "." + entry.getKey(), "expected a single name, not "
                            + (entry.getValue().isNull() ? "nothing" : shown(entry.getValue()))));
                }
            }
        } else if (type == Boolean.class) {
            if (!value.isBoolean()) {
                problems.add(new ConfigProblem(path, "expected true or false, not " + shown(value)));
            }
        } else if (type == Integer.class) {
            if (!value.canConvertToInt() || !value.isIntegralNumber()) {
                problems.add(new ConfigProblem(path, "expected a whole number, not " + shown(value)));
            }
        } else if (!value.isValueNode()) {
            problems.add(new ConfigProblem(path, "expected a single value, not a " + (value.isArray() ? "list" : "mapping")));
        }
    }

    private static String shown(JsonNode value) {
        return value.isValueNode() ? "\"" + value.asText() + "\"" : value.isArray() ? "a list" : "a mapping";
    }

    /** {@code (did you mean "exclude"?)} when a known key is within a few edits of the unknown one. */
    private static String suggestion(String key, RecordComponent[] components) {
        String lower = key.toLowerCase();
        return Arrays.stream(components).map(RecordComponent::getName)
                .min(Comparator.comparingInt(known -> distance(lower, known.toLowerCase())))
                .filter(known -> distance(lower, known.toLowerCase()) <= Math.max(2, known.length() / 3))
                .map(known -> " (did you mean \"" + known + "\"?)")
                .orElse(" (known keys: " + String.join(", ", Arrays.stream(components).map(RecordComponent::getName).toList()) + ")");
    }

    /** Levenshtein distance; keys are short, so the quadratic table is fine. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
