package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.Publication;
import io.pgdrift.model.Publication.PublishedTable;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Publications: tables, schemas and publish options change in place ({@code ALTER PUBLICATION}); turning
 * {@code FOR ALL TABLES} on or off means drop and create. A table whose column list or row filter changed is
 * dropped from the publication and added back. Every change on a publication production has is a hazard: its
 * subscribers start or stop receiving changes.
 */
final class PublicationDdl implements KindDdl<Publication> {

    static final PublicationDdl INSTANCE = new PublicationDdl();

    private static final Set<String> ACTIONS = Set.of("insert", "update", "delete", "truncate");
    private static final Set<String> GENERATED = Set.of("stored");

    static Hazard subscribersAffected(ObjectKey k) {
        return new Hazard(HazardKind.REPLICATION, "what publication " + k.display() + " publishes changes: its "
                + "subscribers receive changes accordingly from this statement on", null);
    }

    static Hazard subscribersCutOff(ObjectKey k) {
        return new Hazard(HazardKind.REPLICATION, "drops publication " + k.display() + ": its subscribers stop "
                + "receiving changes and report errors until they are pointed elsewhere", null);
    }

    @Override
    public Class<Publication> type() {
        return Publication.class;
    }

    @Override
    public Step create(Publication p, PlanContext plan, Direction d) {
        List<String> objects = new ArrayList<>();
        p.tables().forEach(t -> objects.add(table(t)));
        p.schemas().forEach(s -> objects.add("TABLES IN SCHEMA " + Sql.ident(s)));
        String target = p.allTables() ? " FOR ALL TABLES" : objects.isEmpty() ? "" : " FOR " + String.join(", ", objects);
        Step main = plan.step(Phase.CREATE, p.key(), "CREATE PUBLICATION " + name(p) + target
                + " WITH (" + String.join(", ", options(p)) + ");", d);
        needTables(p, main);
        Kinds.commentOnCreate(plan, p, d);
        return main;
    }

    @Override
    public Step drop(Publication p, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, p.key(), "DROP PUBLICATION " + name(p) + ";", d)
                .hazard(subscribersCutOff(p.key()));
    }

    @Override
    public Rebuild rebuild(Publication f, Publication t, int fromMajor) {
        return f.allTables() == t.allTables() ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    @Override
    public void alter(Publication f, Publication t, PlanContext plan, Direction d) {
        Map<ObjectKey, PublishedTable> before = byTable(f.tables());
        Map<ObjectKey, PublishedTable> after = byTable(t.tables());
        for (PublishedTable old : before.values()) {
            PublishedTable now = after.get(old.table());
            if (!old.equals(now)) {
                change(plan, t, "DROP TABLE ONLY " + Names.rel(old.table()), d);
            }
        }
        for (PublishedTable now : after.values()) {
            if (!now.equals(before.get(now.table()))) {
                change(plan, t, "ADD " + table(now), d).needs(now.table());
            }
        }
        for (String schema : f.schemas()) {
            if (!t.schemas().contains(schema)) {
                change(plan, t, "DROP TABLES IN SCHEMA " + Sql.ident(schema), d);
            }
        }
        for (String schema : t.schemas()) {
            if (!f.schemas().contains(schema)) {
                change(plan, t, "ADD TABLES IN SCHEMA " + Sql.ident(schema), d).needs(ObjectKey.schema(schema));
            }
        }
        if (!f.publish().equals(t.publish()) || f.viaPartitionRoot() != t.viaPartitionRoot()
                || !Objects.equals(f.generatedColumns(), t.generatedColumns())) {
            List<String> options = options(t);
            if (f.generatedColumns() != null && t.generatedColumns() == null) {
                options.add("publish_generated_columns = none");
            }
            change(plan, t, "SET (" + String.join(", ", options) + ")", d);
        }
    }

    private static Step change(PlanContext plan, Publication p, String action, Direction d) {
        return plan.alter(Phase.ALTER, p.key(), "ALTER PUBLICATION " + name(p) + " " + action + ";", d)
                .hazard(subscribersAffected(p.key()));
    }

    @Override
    public String commentTarget(Publication p) {
        return "PUBLICATION " + name(p);
    }

    /** On the tables and schemas it lists: they exist before it, and it lets go of them before they go. */
    @Override
    public void dependencies(Publication p, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        p.tables().forEach(t -> link.accept(p.key(), t.table()));
        p.schemas().forEach(s -> link.accept(p.key(), ObjectKey.schema(s)));
    }

    private static void needTables(Publication p, Step step) {
        p.tables().forEach(t -> step.needs(t.table()));
        p.schemas().forEach(s -> step.needs(ObjectKey.schema(s)));
    }

    /** {@code TABLE ONLY s.t (a, b) WHERE (...)}: ONLY, as each table (an inheritance child too) is listed. */
    private static String table(PublishedTable t) {
        StringBuilder sb = new StringBuilder("TABLE ONLY ").append(Names.rel(t.table()));
        if (!t.columns().isEmpty()) {
            List<String> columns = new ArrayList<>();
            t.columns().forEach(c -> columns.add(Sql.ident(c)));
            sb.append(" (").append(String.join(", ", columns)).append(')');
        }
        if (t.where() != null) {
            sb.append(" WHERE (").append(t.where()).append(')');
        }
        return sb.toString();
    }

    /** Every option, written out: {@code SET (...)} then leaves nothing at an earlier value. */
    private static List<String> options(Publication p) {
        List<String> actions = new ArrayList<>();
        p.publish().forEach(a -> actions.add(Names.word(a, ACTIONS, "publish action")));
        List<String> options = new ArrayList<>();
        options.add("publish = " + Sql.literal(String.join(", ", actions)));
        options.add("publish_via_partition_root = " + p.viaPartitionRoot());
        if (p.generatedColumns() != null) {
            options.add("publish_generated_columns = " + Names.word(p.generatedColumns(), GENERATED, "generated columns"));
        }
        return options;
    }

    private static Map<ObjectKey, PublishedTable> byTable(List<PublishedTable> tables) {
        Map<ObjectKey, PublishedTable> map = new LinkedHashMap<>();
        tables.forEach(t -> map.put(t.table(), t));
        return map;
    }

    private static String name(Publication p) {
        return Sql.ident(p.key().name());
    }
}
