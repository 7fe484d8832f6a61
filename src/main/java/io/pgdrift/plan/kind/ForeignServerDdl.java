package io.pgdrift.plan.kind;

import io.pgdrift.model.ForeignServer;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Foreign servers: version, options and grants change in place; another wrapper or type means drop and create
 * (and with the server its user mappings and foreign tables, which depend on it).
 */
final class ForeignServerDdl implements KindDdl<ForeignServer> {

    static final ForeignServerDdl INSTANCE = new ForeignServerDdl();

    @Override
    public Class<ForeignServer> type() {
        return ForeignServer.class;
    }

    @Override
    public Step create(ForeignServer s, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.CREATE, s.key(), "CREATE SERVER " + name(s)
                + (s.type() == null ? "" : " TYPE " + Sql.literal(s.type()))
                + (s.version() == null ? "" : " VERSION " + Sql.literal(s.version()))
                + " FOREIGN DATA WRAPPER " + Sql.ident(s.wrapper())
                + GenericOptions.create(s.options(), "server " + s.key().display()) + ";", d).needs(wrapper(s));
        Grants.change(plan, s, "FOREIGN " + target(s), List.of(), s.grants(), d);
        Kinds.commentOnCreate(plan, s, d);
        return main;
    }

    @Override
    public Step drop(ForeignServer s, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, s.key(), "DROP SERVER " + name(s) + ";", d);
    }

    @Override
    public Rebuild rebuild(ForeignServer f, ForeignServer t, int fromMajor) {
        return f.wrapper().equals(t.wrapper()) && Objects.equals(f.type(), t.type())
                ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    @Override
    public void alter(ForeignServer f, ForeignServer t, PlanContext plan, Direction d) {
        if (!Objects.equals(f.version(), t.version())) {
            plan.alter(Phase.ALTER, t.key(), "ALTER SERVER " + name(t) + " VERSION "
                    + Sql.literal(t.version()) + ";", d);
        }
        String options = GenericOptions.alter(f.options(), t.options(), "server " + t.key().display());
        if (options != null) {
            plan.alter(Phase.ALTER, t.key(), "ALTER SERVER " + name(t) + " " + options + ";", d);
        }
        Grants.change(plan, t, "FOREIGN " + target(t), f.grants(), t.grants(), d);
    }

    @Override
    public String commentTarget(ForeignServer s) {
        return target(s);
    }

    @Override
    public void dependencies(ForeignServer s, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        link.accept(s.key(), wrapper(s));
    }

    private static ObjectKey wrapper(ForeignServer s) {
        return ObjectKey.global(ObjectKind.FOREIGN_DATA_WRAPPER, s.wrapper());
    }

    private static String name(ForeignServer s) {
        return Sql.ident(s.key().name());
    }

    private static String target(ForeignServer s) {
        return "SERVER " + name(s);
    }
}
