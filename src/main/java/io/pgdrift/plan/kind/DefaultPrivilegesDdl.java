package io.pgdrift.plan.kind;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.DefaultPrivileges;
import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Default privileges ({@code ALTER DEFAULT PRIVILEGES FOR ROLE r [IN SCHEMA s] GRANT|REVOKE ... ON TABLES ...}).
 * There is no CREATE or DROP: an entry appears and goes away through GRANT and REVOKE alone, so creating one is
 * granting from nothing and dropping one is going back to the built-in default. Privileges taken away run before
 * the migration creates anything and privileges given after everything is created, so that production's
 * defaults give the objects this migration creates no privilege staging's did not give them.
 */
final class DefaultPrivilegesDdl implements KindDdl<DefaultPrivileges> {

    static final DefaultPrivilegesDdl INSTANCE = new DefaultPrivilegesDdl();

    private static final Set<String> OBJECT_TYPES = Set.of("tables", "sequences", "functions", "types", "schemas",
            "large objects");

    @Override
    public Class<DefaultPrivileges> type() {
        return DefaultPrivileges.class;
    }

    @Override
    public Step create(DefaultPrivileges p, PlanContext plan, Direction d) {
        return first(change(plan, p, List.of(), List.of(), p.grants(), p.revoked(), d), p);
    }

    @Override
    public Step drop(DefaultPrivileges p, PlanContext plan, Direction d) {
        return first(change(plan, p, p.grants(), p.revoked(), List.of(), List.of(), d), p);
    }

    @Override
    public void alter(DefaultPrivileges from, DefaultPrivileges to, PlanContext plan, Direction d) {
        change(plan, to, from.grants(), from.revoked(), to.grants(), to.revoked(), d);
    }

    @Override
    public String commentTarget(DefaultPrivileges p) {
        throw new PgdriftException("default privileges take no comment (" + p.key() + "); the snapshot is damaged,"
                + " take it again");
    }

    /** One step per privilege; grants beyond the default and privileges the default loses are compared apart. */
    private static List<Step> change(PlanContext plan, DefaultPrivileges p, List<Grant> grantsBefore,
                                     List<Grant> revokedBefore, List<Grant> grantsAfter, List<Grant> revokedAfter,
                                     Direction d) {
        String objects = Names.word(p.key().member(), OBJECT_TYPES, "default privileges object type")
                .toUpperCase(java.util.Locale.ROOT);
        List<String> sql = new ArrayList<>(Grants.statements(objects, grantsBefore, grantsAfter));
        // a privilege the default loses is revoked; one it gets back is granted again
        sql.addAll(Grants.statements(objects, revokedAfter, revokedBefore));
        String prefix = prefix(p.key());
        List<Step> steps = new ArrayList<>();
        for (String statement : sql) {
            Phase phase = statement.startsWith("REVOKE") ? Phase.ALTER : Phase.LATE;
            String full = prefix + statement;
            steps.add(plan.step(phase, p.key(), full, d).hazard(AccessControl.defaultPrivileges(p.key(), full)));
        }
        return steps;
    }

    private static Step first(List<Step> steps, DefaultPrivileges p) {
        if (steps.isEmpty()) {
            throw new PgdriftException(p.key() + " grants and revokes nothing; the snapshot is damaged, take it again");
        }
        return steps.get(0);
    }

    /** {@code ALTER DEFAULT PRIVILEGES FOR ROLE r IN SCHEMA s }, ready for the GRANT or REVOKE. */
    private static String prefix(ObjectKey key) {
        return "ALTER DEFAULT PRIVILEGES FOR ROLE " + Sql.ident(key.name())
                + (key.schema().isEmpty() ? "" : " IN SCHEMA " + Sql.ident(key.schema())) + " ";
    }
}
