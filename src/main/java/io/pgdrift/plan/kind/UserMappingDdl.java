package io.pgdrift.plan.kind;

import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.UserMapping;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * User mappings: options change in place. A secret option's value is never read, so a mapping or option that
 * production lacks is written with a placeholder, and a hazard tells the reviewer to fill it in; a secret on
 * both sides is left alone (its value is not compared).
 */
final class UserMappingDdl implements KindDdl<UserMapping> {

    static final UserMappingDdl INSTANCE = new UserMappingDdl();

    static Hazard secretsToFillIn(UserMapping m, List<String> names) {
        return new Hazard(HazardKind.PLACEHOLDER, "user mapping " + m.key().display() + ": the value of "
                + String.join(", ", names) + " is never read from staging; replace the placeholder "
                + GenericOptions.placeholder(names.get(0), owner(m)) + " before applying", null);
    }

    static Hazard optionsUnreadable(UserMapping m) {
        return new Hazard(HazardKind.PLACEHOLDER, "user mapping " + m.key().display() + ": its options are hidden from "
                + "the role pgdrift read staging as (only a superuser, the server's owner or the mapped role sees "
                + "them); add them by hand", "read staging as the server's owner or a superuser");
    }

    @Override
    public Class<UserMapping> type() {
        return UserMapping.class;
    }

    @Override
    public Step create(UserMapping m, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.CREATE, m.key(), "CREATE USER MAPPING FOR " + target(m)
                + GenericOptions.create(m.options(), owner(m)) + ";", d).needs(server(m));
        if (m.optionsHidden()) {
            main.hazard(optionsUnreadable(m));
        }
        List<String> secrets = GenericOptions.newSecrets(List.of(), m.options());
        if (!secrets.isEmpty()) {
            main.hazard(secretsToFillIn(m, secrets));
        }
        return main;
    }

    @Override
    public Step drop(UserMapping m, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, m.key(), "DROP USER MAPPING FOR " + target(m) + ";", d);
    }

    @Override
    public void alter(UserMapping f, UserMapping t, PlanContext plan, Direction d) {
        if (f.optionsHidden() || t.optionsHidden()) {
            return; // one side's options are unknown: nothing to write that is sure to be right
        }
        String options = GenericOptions.alter(f.options(), t.options(), owner(t));
        if (options != null) {
            Step step = plan.alter(Phase.ALTER, t.key(), "ALTER USER MAPPING FOR " + target(t) + " " + options + ";", d);
            List<String> secrets = GenericOptions.newSecrets(f.options(), t.options());
            if (!secrets.isEmpty()) {
                step.hazard(secretsToFillIn(t, secrets));
            }
        }
    }

    @Override
    public String commentTarget(UserMapping m) {
        throw new UnsupportedOperationException("user mapping " + m.key().display() + " cannot have a comment");
    }

    @Override
    public void dependencies(UserMapping m, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        link.accept(m.key(), server(m));
    }

    private static ObjectKey server(UserMapping m) {
        return ObjectKey.global(ObjectKind.FOREIGN_SERVER, m.server());
    }

    private static String owner(UserMapping m) {
        return "user mapping " + m.key().display();
    }

    /** {@code role SERVER server}. */
    private static String target(UserMapping m) {
        return Names.grantee(m.role()) + " SERVER " + Sql.ident(m.server());
    }
}
