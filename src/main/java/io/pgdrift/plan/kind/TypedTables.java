package io.pgdrift.plan.kind;

import io.pgdrift.model.Column;
import io.pgdrift.model.CompositeType;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.Table;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Typed tables ({@code CREATE TABLE ... OF type}). A table is written with its columns as any other and then
 * bound to its composite type with {@code ALTER TABLE ... OF}, which PostgreSQL accepts only once the columns
 * match the type's attributes (names, types, order): so the binding waits for the type and for every column of
 * the table in its final form. {@code NOT OF} keeps the columns and only cuts the link.
 */
final class TypedTables {

    private TypedTables() {
    }

    /** Binds a table this migration creates to its type, after {@code created}. */
    static void afterCreate(Table t, Step created, PlanContext plan, Direction d) {
        if (t.ofType() != null) {
            bind(t, plan, d).after(created);
        }
    }

    static void change(Table f, Table t, PlanContext plan, Direction d) {
        if (Objects.equals(f.ofType(), t.ofType())) {
            return;
        }
        ObjectKey k = t.key();
        if (f.ofType() != null) {
            plan.alter(Phase.ALTER, k, "ALTER TABLE " + Names.rel(k) + " NOT OF;", d)
                    .hazardIfAny(Locks.accessExclusive(plan, k, "unbinding a typed table"));
        }
        if (t.ofType() != null) {
            bind(t, plan, d).hazardIfAny(Locks.accessExclusive(plan, k, "binding a table to a type"));
        }
    }

    /** A typed table depends on its type: the type goes only after the table let go of it. */
    static void dependency(Table t, BiConsumer<ObjectKey, ObjectKey> link) {
        if (t.ofType() != null) {
            link.accept(t.key(), t.ofType());
        }
    }

    /**
     * The tables typed by composite type {@code type} before and after the migration: {@code ALTER TYPE} must
     * then say {@code CASCADE}, and it also changes their columns (a typed table's columns cannot be added alone).
     */
    static List<ObjectKey> boundOnBothSides(ObjectKey type, PlanContext plan) {
        // a table can be linked to its type twice (pg_depend and the structural edge): each once
        Set<ObjectKey> tables = new LinkedHashSet<>();
        for (ObjectKey dependent : plan.from().dependents(type)) {
            if (plan.from().get(dependent) instanceof Table f && type.equals(f.ofType())
                    && plan.to().get(dependent) instanceof Table t && type.equals(t.ofType())) {
                tables.add(dependent);
            }
        }
        return List.copyOf(tables);
    }

    /**
     * A column that {@code ALTER TYPE ... ADD ATTRIBUTE ... CASCADE} gives a table typed by that type on both
     * sides: the attribute is new, and the type is altered in place. Empty when the column is the table's own.
     */
    static Optional<CompositeType.Attribute> cascadedAttribute(Column c, PlanContext plan) {
        String name = c.key().member();
        return typeAlteredInPlace(c.key(), plan).filter(type -> attribute(type.before(), name).isEmpty())
                .flatMap(type -> attribute(type.after(), name));
    }

    /** The type whose {@code DROP ATTRIBUTE ... CASCADE} drops column {@code c} of a table it types on both sides. */
    static Optional<ObjectKey> droppingType(Column c, PlanContext plan) {
        String name = c.key().member();
        return typeAlteredInPlace(c.key(), plan).filter(type -> attribute(type.before(), name).isPresent()
                && attribute(type.after(), name).isEmpty()).map(type -> type.after().key());
    }

    /** The type whose {@code ALTER ATTRIBUTE ... TYPE ... CASCADE} retypes column {@code c} (the attribute's type changes). */
    static Optional<ObjectKey> retypingType(Column f, Column t, PlanContext plan) {
        return typeAlteredInPlace(t.key(), plan).filter(type -> {
            Optional<CompositeType.Attribute> was = attribute(type.before(), t.key().member());
            Optional<CompositeType.Attribute> now = attribute(type.after(), t.key().member());
            return was.isPresent() && now.isPresent() && now.get().type().equals(t.type())
                    && (!was.get().type().equals(now.get().type())
                        || !Objects.equals(was.get().collation(), now.get().collation()));
        }).map(type -> type.after().key());
    }

    /** A composite type as production and staging have it. */
    private record Versions(CompositeType before, CompositeType after) {
    }

    /** Production's and staging's type of the table that holds {@code column}, when it types it on both sides and changes in place. */
    private static Optional<Versions> typeAlteredInPlace(ObjectKey column, PlanContext plan) {
        ObjectKey table = Members.relationOf(plan.to().contains(column) ? plan.to() : plan.from(), column);
        if (!(plan.to().get(table) instanceof Table t) || t.ofType() == null
                || !(plan.from().get(table) instanceof Table f) || !t.ofType().equals(f.ofType())
                || plan.decision().isCreated(t.ofType()) || plan.decision().isTypeRecreated(t.ofType())
                || !(plan.from().get(t.ofType()) instanceof CompositeType before)
                || !(plan.to().get(t.ofType()) instanceof CompositeType after)) {
            return Optional.empty();
        }
        return Optional.of(new Versions(before, after));
    }

    private static Optional<CompositeType.Attribute> attribute(CompositeType type, String name) {
        return type.attributes().stream().filter(a -> a.name().equals(name)).findFirst();
    }

    private static Step bind(Table t, PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        // not an alter of the table: a column added to it (which follows the table's alters) comes first
        Step s = plan.step(Phase.CREATE, k, "ALTER TABLE " + Names.rel(k) + " OF " + Names.rel(t.ofType()) + ";", d)
                .needs(t.ofType());
        for (Column c : plan.to().columns(k)) {
            s.needs(c.key());
        }
        return s;
    }
}
