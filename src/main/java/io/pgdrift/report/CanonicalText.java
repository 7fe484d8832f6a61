package io.pgdrift.report;

import io.pgdrift.model.UnsetNotFingerprinted;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An unambiguous text form of attribute values (strings length-prefixed, lists counted, records by component
 * name), so that two different values never write the same text: what the fingerprint hashes.
 */
final class CanonicalText {
    private CanonicalText() {
    }

    static void append(StringBuilder out, Object value) {
        if (value == null) {
            out.append('~');
        } else if (value instanceof CharSequence text) {
            out.append('s').append(text.length()).append(':').append(text);
        } else if (value instanceof Boolean || value instanceof Number) {
            out.append(value.getClass().getSimpleName().charAt(0)).append(value).append(';');
        } else if (value instanceof Enum<?> constant) {
            out.append('e').append(constant.name()).append(';');
        } else if (value instanceof Collection<?> items) {
            out.append('[').append(items.size()).append(':');
            for (Object item : items) {
                append(out, item);
            }
            out.append(']');
        } else if (value instanceof Map<?, ?> map) {
            out.append('{').append(map.size()).append(':');
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                append(out, entry.getKey());
                append(out, entry.getValue());
            }
            out.append('}');
        } else if (value instanceof Record record) {
            appendRecord(out, record);
        } else {
            throw new IllegalArgumentException("no canonical text for " + value.getClass().getName());
        }
    }

    /**
     * A nested record by component name; a component marked {@link UnsetNotFingerprinted} is left out (and not
     * counted) while null, so a property added to a nested record keeps the fingerprints taken before it.
     */
    private static void appendRecord(StringBuilder out, Record record) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (RecordComponent component : record.getClass().getRecordComponents()) {
            try {
                var accessor = component.getAccessor();
                accessor.setAccessible(true);
                Object value = accessor.invoke(record);
                if (value != null || !component.isAnnotationPresent(UnsetNotFingerprinted.class)) {
                    values.put(component.getName(), value);
                }
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + component.getName(), e);
            }
        }
        out.append('r').append(record.getClass().getSimpleName()).append('(').append(values.size()).append(':');
        for (Map.Entry<String, Object> value : values.entrySet()) {
            append(out, value.getKey());
            append(out, value.getValue());
        }
        out.append(')');
    }
}
