package io.pgdrift.plan.kind;

import io.pgdrift.model.CompositeType;
import io.pgdrift.model.CompositeType.Attribute;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Composite types: attributes are added, dropped and retyped in place as long as the common ones keep their
 * order and new ones come last (what ALTER TYPE can do); otherwise the type is dropped and created again.
 */
final class CompositeTypeDdl implements KindDdl<CompositeType> {

    static final CompositeTypeDdl INSTANCE = new CompositeTypeDdl();

    @Override
    public Class<CompositeType> type() {
        return CompositeType.class;
    }

    @Override
    public Step create(CompositeType c, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.CREATE, c.key(), "CREATE TYPE " + Names.rel(c.key()) + " AS ("
                + c.attributes().stream().map(CompositeTypeDdl::attribute).collect(Collectors.joining(", ")) + ");", d);
        Kinds.commentOnCreate(plan, c, d);
        attributeComments(c, Map.of(), plan, d);
        Grants.change(plan, c, target(c), Grants.TYPE_DEFAULT, c.grants(), d);
        return main;
    }

    @Override
    public Step drop(CompositeType c, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, c.key(), "DROP TYPE " + Names.rel(c.key()) + ";", d);
    }

    @Override
    public Rebuild rebuild(CompositeType f, CompositeType t, int fromMajor) {
        return alterable(f, t) ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    @Override
    public void alter(CompositeType f, CompositeType t, PlanContext plan, Direction d) {
        Map<String, Attribute> before = new LinkedHashMap<>();
        f.attributes().forEach(a -> before.put(a.name(), a));
        Map<String, Attribute> after = new LinkedHashMap<>();
        t.attributes().forEach(a -> after.put(a.name(), a));
        List<String> actions = new ArrayList<>();
        // typed tables take a new attribute as a column only through CASCADE (their columns cannot be added alone)
        List<ObjectKey> typedTables = TypedTables.boundOnBothSides(t.key(), plan);
        String cascade = typedTables.isEmpty() ? "" : " CASCADE";
        List<String> dropped = new ArrayList<>();
        List<String> added = new ArrayList<>();
        List<String> retyped = new ArrayList<>();
        for (Attribute a : f.attributes()) {
            if (!after.containsKey(a.name())) {
                actions.add("DROP ATTRIBUTE " + Sql.ident(a.name()) + cascade);
                dropped.add(a.name());
            }
        }
        for (Attribute a : t.attributes()) {
            Attribute old = before.get(a.name());
            if (old == null) {
                actions.add("ADD ATTRIBUTE " + attribute(a) + cascade);
                added.add(a.name());
            } else if (!old.type().equals(a.type()) || !Objects.equals(old.collation(), a.collation())) {
                actions.add("ALTER ATTRIBUTE " + Sql.ident(a.name()) + " TYPE " + a.type()
                        + (a.collation() == null ? "" : " COLLATE " + Names.collation(a.collation())) + cascade);
                retyped.add(a.name());
            }
        }
        if (!actions.isEmpty()) {
            Step alter = plan.alter(Phase.ALTER, t.key(), "ALTER TYPE " + Names.rel(t.key()) + " "
                    + String.join(", ", actions) + ";", d);
            for (ObjectKey table : typedTables) {
                cascadeToColumns(alter, table, dropped, added, retyped, plan);
            }
        }
        attributeComments(t, before, plan, d);
        Grants.change(plan, t, target(t), f.grants(), t.grants(), d);
    }

    /**
     * The columns of typed table {@code table} this statement adds, drops or retypes through CASCADE are its own,
     * so it orders like those columns' own changes would: after what used a dropped or retyped column is dropped,
     * before what uses a new one is created. A dropped column's step (a note carrying its hazards) comes first; a
     * new column locks the table; a retyped one rewrites it or rebuilds its indexes (no statement_timeout).
     */
    private static void cascadeToColumns(Step alter, ObjectKey table, List<String> dropped, List<String> added,
                                         List<String> retyped, PlanContext plan) {
        for (String name : dropped) {
            ObjectKey column = ObjectKey.member(ObjectKind.COLUMN, table.schema(), table.name(), name);
            alter.drops(column);
            Step note = plan.dropStepOf(column);
            if (note != null) {
                alter.after(note);
            }
        }
        for (String name : added) {
            alter.creates(ObjectKey.member(ObjectKind.COLUMN, table.schema(), table.name(), name));
        }
        if (!added.isEmpty()) {
            alter.hazardIfAny(Locks.accessExclusive(plan, table, "adding a column to a typed table"));
        }
        for (String name : retyped) {
            alter.alters(ObjectKey.member(ObjectKind.COLUMN, table.schema(), table.name(), name)).longRunning();
        }
    }

    /** {@code COMMENT ON COLUMN type.attribute} where TO's comment is not what {@code before} has. */
    private static void attributeComments(CompositeType t, Map<String, Attribute> before, PlanContext plan, Direction d) {
        for (Attribute a : t.attributes()) {
            Attribute old = before.get(a.name());
            String was = old == null ? null : old.comment();
            if (!Objects.equals(was, a.comment())) {
                plan.step(Phase.CREATE, t.key(), "COMMENT ON COLUMN " + Names.rel(t.key()) + "." + Sql.ident(a.name())
                        + " IS " + (a.comment() == null ? "NULL" : Sql.literal(a.comment())) + ";", d).needs(t.key());
            }
        }
    }

    private static String target(CompositeType c) {
        return "TYPE " + Names.rel(c.key());
    }

    @Override
    public String commentTarget(CompositeType c) {
        return "TYPE " + Names.rel(c.key());
    }

    @Override
    public void dependencies(CompositeType c, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        for (Attribute a : c.attributes()) {
            ObjectKey type = side.typeKey(a.type());
            if (type != null) {
                link.accept(c.key(), type);
            }
        }
    }

    private static String attribute(Attribute a) {
        return Sql.ident(a.name()) + " " + a.type() + (a.collation() == null ? "" : " COLLATE " + Names.collation(a.collation()));
    }

    /** Common attributes keep their order and new ones come after them all: ALTER TYPE can do it. */
    private static boolean alterable(CompositeType f, CompositeType t) {
        Set<String> fromNames = new HashSet<>();
        f.attributes().forEach(a -> fromNames.add(a.name()));
        List<String> common = new ArrayList<>();
        boolean addedSeen = false;
        for (Attribute a : t.attributes()) {
            if (fromNames.contains(a.name())) {
                if (addedSeen) {
                    return false;
                }
                common.add(a.name());
            } else {
                addedSeen = true;
            }
        }
        List<String> fromCommon = f.attributes().stream().map(Attribute::name).filter(common::contains).toList();
        return fromCommon.equals(common);
    }
}
