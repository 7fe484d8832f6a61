package io.pgdrift.diff;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Owner;
import io.pgdrift.model.RoleNames;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Snapshot;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Staging's role names mapped to production's ({@code roleMap: {app_staging: app}}), applied to the staging
 * snapshot once, before the diff and the plan: grants, policy roles, default privileges and owners then compare
 * in production's names, and the migration is written in them. Every record component that holds role names is
 * found by its type ({@code List<Grant>}) or its {@link RoleNames} mark, so a kind needs nothing of its own.
 */
public record RoleMap(Map<String, String> names) {
    public static final RoleMap NONE = new RoleMap(Map.of());

    private record Shape(Constructor<?> constructor, RecordComponent[] components) {
    }

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    /** @throws PgdriftException naming the first problem of {@link #problems} */
    public RoleMap {
        names = Map.copyOf(new TreeMap<>(names));
        List<String> problems = problems(names);
        if (!problems.isEmpty()) {
            throw new PgdriftException(problems.get(0));
        }
    }

    /**
     * What is wrong with a mapping from staging to production role names, one line each: a blank name, a
     * production role that two staging roles map to (it could not tell them apart), a role on both sides of the
     * mapping (mapping is not transitive, so that reads as a mistake).
     */
    public static List<String> problems(Map<String, String> mapping) {
        List<String> problems = new ArrayList<>();
        Map<String, String> targets = new TreeMap<>();
        for (Map.Entry<String, String> e : new TreeMap<>(mapping).entrySet()) {
            String staging = e.getKey();
            String production = e.getValue();
            if (staging == null || staging.isBlank() || production == null || production.isBlank()) {
                problems.add("role map entry \"" + staging + "\" -> \"" + production + "\" has a blank name; "
                        + "write staging_role: production_role");
                continue;
            }
            String other = targets.putIfAbsent(production, staging);
            if (other != null) {
                problems.add("roles \"" + other + "\" and \"" + staging + "\" both map to \"" + production
                        + "\"; map each staging role to its own production role");
            }
            if (!staging.equals(production) && mapping.containsKey(production)) {
                problems.add("role \"" + production + "\" is mapped to (from \"" + staging + "\") and from (to \""
                        + mapping.get(production) + "\"); a role map is not applied twice, so give each staging role"
                        + " its production name directly");
            }
        }
        return problems;
    }

    /** The production name of a staging role. */
    public String production(String role) {
        return names.getOrDefault(role, role);
    }

    /** The staging snapshot in production's role names. */
    public Snapshot applyTo(Snapshot staging) {
        if (names.isEmpty()) {
            return staging;
        }
        List<SchemaObject> objects = new ArrayList<>(staging.objects().size());
        staging.objects().forEach(o -> objects.add(mapped(o)));
        List<Owner> owners = staging.owners().stream()
                .map(o -> new Owner(key(o.object()), production(o.role()))).toList();
        return staging.with(objects, owners);
    }

    /** Default privileges are keyed by the role they are for, user mappings by the role they map (member). */
    private ObjectKey key(ObjectKey key) {
        if (key.kind() == ObjectKind.USER_MAPPING) {
            return new ObjectKey(key.kind(), key.schema(), key.name(), production(key.member()));
        }
        return key.kind() == ObjectKind.DEFAULT_PRIVILEGES
                ? new ObjectKey(key.kind(), key.schema(), production(key.name()), key.member()) : key;
    }

    private SchemaObject mapped(SchemaObject object) {
        return (SchemaObject) mappedRecord((Record) object);
    }

    /** A record with the role names in its components mapped, nested records included (a foreign table's columns). */
    private Record mappedRecord(Record object) {
        Shape shape = SHAPES.computeIfAbsent(object.getClass(), RoleMap::shape);
        Object[] values = new Object[shape.components().length];
        boolean changed = false;
        for (int i = 0; i < values.length; i++) {
            RecordComponent component = shape.components()[i];
            Object value = read(component, object);
            Object now = value;
            if (value instanceof ObjectKey k) {
                now = key(k);
            } else if (holdsGrants(component) && value != null) {
                now = grants(castGrants(value));
            } else if (holdsRecords(component) && value != null) {
                now = ((List<?>) value).stream().map(item -> mappedRecord((Record) item)).toList();
            } else if (component.isAnnotationPresent(RoleNames.class) && value instanceof List<?> roles) {
                now = roles.stream().map(r -> production((String) r)).sorted().toList();
            }
            changed |= !Objects.equals(now, value);
            values[i] = now;
        }
        if (!changed) {
            return object;
        }
        try {
            return (Record) shape.constructor().newInstance(values);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot map the role names of " + object, e);
        }
    }

    /** Grants renamed, sorted and each once, as the catalog reader gives them. */
    private List<Grant> grants(List<Grant> grants) {
        TreeSet<Grant> mapped = new TreeSet<>();
        grants.forEach(g -> mapped.add(new Grant(production(g.grantee()), g.privilege(), g.grantable())));
        return List.copyOf(mapped);
    }

    @SuppressWarnings("unchecked")
    private static List<Grant> castGrants(Object value) {
        return (List<Grant>) value;
    }

    private static boolean holdsGrants(RecordComponent component) {
        Type type = component.getGenericType();
        return type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] == Grant.class;
    }

    /** A list of records that may hold grants (a foreign table's columns), not of grants or keys themselves. */
    private static boolean holdsRecords(RecordComponent component) {
        Type type = component.getGenericType();
        return type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> item && item.isRecord()
                && item != Grant.class && item != ObjectKey.class;
    }

    private static Object read(RecordComponent component, Object object) {
        try {
            return component.getAccessor().invoke(object);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName() + " of " + object, e);
        }
    }

    private static Shape shape(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        try {
            return new Shape(type.getDeclaredConstructor(types), components);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(type + " is not a record with a canonical constructor", e);
        }
    }
}
