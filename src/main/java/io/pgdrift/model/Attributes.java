package io.pgdrift.model;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The comparable fields of a schema object, in declaration order, read from its record components
 * (the key and {@link NotCompared} components left out; {@link Unordered} lists sorted). Accessors are looked
 * up once per record type.
 */
public final class Attributes {

    private record Accessor(String name, Method method, boolean compared, boolean unordered,
                            boolean unsetNotFingerprinted) {
    }

    private static final Map<Class<?>, List<Accessor>> ACCESSORS = new ConcurrentHashMap<>();

    private Attributes() {
    }

    /** Compared attributes only: what drift is made of. */
    public static Map<String, Object> compared(SchemaObject object) {
        return read(object, true);
    }

    /** The compared attributes the fingerprint hashes: those marked {@link UnsetNotFingerprinted} only when set. */
    public static Map<String, Object> fingerprinted(SchemaObject object) {
        Map<String, Object> values = new LinkedHashMap<>(compared(object));
        for (Accessor accessor : accessors(object.getClass())) {
            if (accessor.unsetNotFingerprinted() && values.get(accessor.name()) == null) {
                values.remove(accessor.name());
            }
        }
        return Collections.unmodifiableMap(values);
    }

    /** Every attribute, compared or not. */
    public static Map<String, Object> all(SchemaObject object) {
        return read(object, false);
    }

    private static Map<String, Object> read(SchemaObject object, boolean comparedOnly) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Accessor accessor : accessors(object.getClass())) {
            if (comparedOnly && !accessor.compared()) {
                continue;
            }
            try {
                Object value = accessor.method().invoke(object);
                if (comparedOnly && accessor.unordered() && value instanceof List<?> list) {
                    value = sorted(list);
                }
                values.put(accessor.name(), value);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor.name() + " of " + object.key(), e);
            }
        }
        return Collections.unmodifiableMap(values);
    }

    private static List<String> sorted(List<?> list) {
        List<String> copy = new ArrayList<>(list.size());
        list.forEach(item -> copy.add(String.valueOf(item)));
        Collections.sort(copy);
        return copy;
    }

    private static List<Accessor> accessors(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, t -> {
            List<Accessor> list = new ArrayList<>();
            for (RecordComponent component : t.getRecordComponents()) {
                if (component.getName().equals("key")) {
                    continue;
                }
                Method method = component.getAccessor();
                method.setAccessible(true);
                list.add(new Accessor(component.getName(), method, !component.isAnnotationPresent(NotCompared.class),
                        component.isAnnotationPresent(Unordered.class),
                        component.isAnnotationPresent(UnsetNotFingerprinted.class)));
            }
            return List.copyOf(list);
        });
    }
}
