package io.pgdrift.plan.kind;

import io.pgdrift.model.Extension;
import io.pgdrift.model.Extension.MemberGrants;
import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Extensions: created early (SETUP) as other objects may use them; updated and moved in place. */
final class ExtensionDdl implements KindDdl<Extension> {

    static final ExtensionDdl INSTANCE = new ExtensionDdl();

    static Hazard dropsEverythingItCreated(ObjectKey k) {
        return new Hazard(HazardKind.DATA_LOSS, "drops extension " + k.display() + " and every object it created", null);
    }

    @Override
    public Class<Extension> type() {
        return Extension.class;
    }

    @Override
    public Step create(Extension e, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.SETUP, e.key(), "CREATE EXTENSION IF NOT EXISTS " + Sql.ident(e.key().name())
                + (e.schema() == null ? "" : " SCHEMA " + Sql.ident(e.schema()))
                + (e.version() == null ? "" : " VERSION " + Sql.literal(e.version())) + ";", d);
        for (MemberGrants m : members(e)) {
            memberGrants(plan, e.key(), m.target(), m.initial(), m.grants(), d);
        }
        Kinds.commentOnCreate(plan, e, d);
        return main;
    }

    @Override
    public Step drop(Extension e, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, e.key(), "DROP EXTENSION " + Sql.ident(e.key().name()) + ";", d)
                .hazard(dropsEverythingItCreated(e.key()));
    }

    @Override
    public void alter(Extension f, Extension t, PlanContext plan, Direction d) {
        String name = Sql.ident(t.key().name());
        if (!Objects.equals(f.version(), t.version()) && t.version() != null) {
            plan.alter(Phase.SETUP, t.key(), "ALTER EXTENSION " + name + " UPDATE TO " + Sql.literal(t.version()) + ";", d);
        }
        if (!Objects.equals(f.schema(), t.schema()) && t.schema() != null) {
            plan.alter(Phase.SETUP, t.key(), "ALTER EXTENSION " + name + " SET SCHEMA " + Sql.ident(t.schema()) + ";", d)
                    .needs(ObjectKey.schema(t.schema()));
        }
        // a member missing from one side has there the privileges the extension gave it
        Map<String, MemberGrants> before = new LinkedHashMap<>();
        members(f).forEach(m -> before.put(m.target(), m));
        for (MemberGrants now : members(t)) {
            MemberGrants was = before.remove(now.target());
            memberGrants(plan, t.key(), now.target(), was == null ? now.initial() : was.grants(), now.grants(), d);
        }
        for (MemberGrants was : before.values()) {
            memberGrants(plan, t.key(), was.target(), was.grants(), was.initial(), d);
        }
    }

    private static void memberGrants(PlanContext plan, ObjectKey extension, String target, List<Grant> from,
                                     List<Grant> to, Direction d) {
        for (String sql : Grants.statements(target, from, to)) {
            plan.step(Phase.CREATE, extension, sql, d).hazardIfAny(AccessControl.grant(plan, extension, sql));
        }
    }

    private static List<MemberGrants> members(Extension e) {
        return e.memberGrants() == null ? List.of() : e.memberGrants();
    }

    @Override
    public String commentTarget(Extension e) {
        return "EXTENSION " + Sql.ident(e.key().name());
    }
}
