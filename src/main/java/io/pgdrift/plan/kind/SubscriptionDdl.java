package io.pgdrift.plan.kind;

import io.pgdrift.model.Subscription;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Subscriptions. The connection string is never read, so a new subscription is written with a placeholder
 * connection string and {@code connect = false} (no slot created, not enabled, no initial copy): the reviewer
 * fills in the connection string, then creates the slot and enables it, as a hazard says. Publications and most
 * options change in place; {@code two_phase} and {@code failover} mean drop and create.
 */
final class SubscriptionDdl implements KindDdl<Subscription> {

    static final SubscriptionDdl INSTANCE = new SubscriptionDdl();

    /** The options {@code ALTER SUBSCRIPTION ... SET} takes and their PostgreSQL 13-17 defaults. */
    private static final Map<String, String> ALTERABLE = Map.of("binary", "false", "streaming", "off",
            "synchronous_commit", "off", "disable_on_error", "false", "origin", "any", "password_required", "true",
            "run_as_owner", "false");
    /** Options set only when the subscription is created. */
    private static final Set<String> AT_CREATE = Set.of("two_phase", "failover");
    private static final Set<String> OPTIONS = Set.of("binary", "streaming", "synchronous_commit",
            "disable_on_error", "origin", "password_required", "run_as_owner", "two_phase", "failover");

    static Hazard connectionToFillIn(Subscription s) {
        return new Hazard(HazardKind.PLACEHOLDER, "subscription " + s.key().display() + ": its connection string "
                + "never leaves staging; replace " + Sql.literal(placeholder(s)) + " with the publisher's, and note "
                + "that it is created without connecting (no slot, disabled, no initial copy)",
                "after filling it in: create the slot on the publisher (or ALTER SUBSCRIPTION ... SET (slot_name = "
                        + "NONE) and create one), then ALTER SUBSCRIPTION " + Sql.ident(s.key().name()) + " ENABLE and "
                        + "ALTER SUBSCRIPTION " + Sql.ident(s.key().name()) + " REFRESH PUBLICATION");
    }

    static Hazard dropsSlot(Subscription s) {
        return new Hazard(HazardKind.REPLICATION, "drops subscription " + s.key().display() + ": this database stops "
                + "receiving its publications' changes, and PostgreSQL connects to the publisher to drop the "
                + "replication slot", "if the publisher is unreachable: ALTER SUBSCRIPTION " + Sql.ident(s.key().name())
                + " DISABLE, then SET (slot_name = NONE), then drop the slot on the publisher by hand");
    }

    static Hazard notRefreshed(Subscription s) {
        return new Hazard(HazardKind.REPLICATION, "subscription " + s.key().display() + " now follows other "
                + "publications; tables they add are not copied until ALTER SUBSCRIPTION "
                + Sql.ident(s.key().name()) + " REFRESH PUBLICATION (which connects to the publisher)", null);
    }

    @Override
    public Class<Subscription> type() {
        return Subscription.class;
    }

    @Override
    public Step create(Subscription s, PlanContext plan, Direction d) {
        List<String> options = new ArrayList<>();
        options.add("connect = false");
        GenericOptions.parsed(s.options()).forEach((name, value) ->
                options.add(Names.word(name, OPTIONS, "subscription option") + " = " + Sql.literal(value)));
        Step main = plan.step(Phase.CREATE, s.key(), "CREATE SUBSCRIPTION " + name(s) + " CONNECTION "
                + Sql.literal(placeholder(s)) + " PUBLICATION " + publications(s) + " WITH ("
                + String.join(", ", options) + ");", d).hazard(connectionToFillIn(s));
        Kinds.commentOnCreate(plan, s, d);
        return main;
    }

    @Override
    public Step drop(Subscription s, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, s.key(), "DROP SUBSCRIPTION " + name(s) + ";", d)
                .nonTransactional(new Hazard(HazardKind.NON_TRANSACTIONAL, "DROP SUBSCRIPTION of a subscription "
                        + "with a replication slot cannot run in a transaction block", null))
                .hazard(dropsSlot(s));
    }

    @Override
    public Rebuild rebuild(Subscription f, Subscription t, int fromMajor) {
        Map<String, String> before = GenericOptions.parsed(f.options());
        Map<String, String> after = GenericOptions.parsed(t.options());
        return AT_CREATE.stream().allMatch(o -> Objects.equals(before.get(o), after.get(o)))
                ? Rebuild.IN_PLACE : Rebuild.DROP_AND_CREATE;
    }

    @Override
    public void alter(Subscription f, Subscription t, PlanContext plan, Direction d) {
        if (!f.publications().stream().sorted().toList().equals(t.publications().stream().sorted().toList())) {
            // refresh connects to the publisher and cannot run on a disabled subscription: left to the reviewer
            plan.alter(Phase.ALTER, t.key(), "ALTER SUBSCRIPTION " + name(t) + " SET PUBLICATION " + publications(t)
                    + " WITH (refresh = false);", d).hazard(notRefreshed(t));
        }
        Map<String, String> before = GenericOptions.parsed(f.options());
        Map<String, String> after = GenericOptions.parsed(t.options());
        List<String> set = new ArrayList<>();
        ALTERABLE.keySet().stream().sorted().forEach(option -> {
            String value = after.getOrDefault(option, ALTERABLE.get(option));
            if (!value.equals(before.getOrDefault(option, ALTERABLE.get(option)))) {
                set.add(option + " = " + Sql.literal(value));
            }
        });
        if (!set.isEmpty()) {
            plan.alter(Phase.ALTER, t.key(), "ALTER SUBSCRIPTION " + name(t) + " SET (" + String.join(", ", set)
                    + ");", d);
        }
    }

    @Override
    public String commentTarget(Subscription s) {
        return "SUBSCRIPTION " + name(s);
    }

    /** A connection string that parses (so the statement applies) and says what it stands for. */
    static String placeholder(Subscription s) {
        return "host=FILL-IN-publisher-of-" + s.key().name().replaceAll("[^A-Za-z0-9_]", "_") + " dbname=FILL-IN";
    }

    private static String publications(Subscription s) {
        List<String> names = new ArrayList<>();
        s.publications().forEach(p -> names.add(Sql.ident(p)));
        return String.join(", ", names);
    }

    private static String name(Subscription s) {
        return Sql.ident(s.key().name());
    }
}
