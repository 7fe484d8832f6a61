package io.pgdrift.plan.kind;

import io.pgdrift.model.DomainType;
import io.pgdrift.model.DomainType.DomainCheck;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * Domains: default, NOT NULL and checks change in place; a new base type or collation recreates the domain
 * under its name ({@link TypeReplacement}). When something a check or the default uses is dropped, they are
 * taken off first and put back afterwards ({@link #reset}).
 */
final class DomainDdl implements KindDdl<DomainType> {

    static final DomainDdl INSTANCE = new DomainDdl();

    static Hazard checksEveryValue(ObjectKey k, String saferPath) {
        return new Hazard(HazardKind.VALIDATION_SCAN, "checks every value of domain " + k.display(), saferPath);
    }

    static Hazard checksForNulls(ObjectKey k) {
        return new Hazard(HazardKind.VALIDATION_SCAN, "checks every column of domain " + k.display() + " for nulls", null);
    }

    @Override
    public Class<DomainType> type() {
        return DomainType.class;
    }

    @Override
    public Step create(DomainType d, PlanContext plan, Direction direction) {
        ObjectKey k = d.key();
        StringBuilder sb = new StringBuilder("CREATE DOMAIN ").append(Names.rel(k)).append(" AS ").append(d.baseType());
        if (d.collation() != null) {
            sb.append(" COLLATE ").append(Names.collation(d.collation()));
        }
        if (d.defaultExpr() != null) {
            sb.append(" DEFAULT ").append(d.defaultExpr());
        }
        if (d.notNull()) {
            sb.append(" NOT NULL");
        }
        for (DomainCheck check : d.checks()) {
            if (check.validated()) {
                sb.append(" CONSTRAINT ").append(Sql.ident(check.name())).append(' ').append(check.definition());
            }
        }
        Step main = plan.step(Phase.CREATE, k, sb.append(';').toString(), direction);
        for (DomainCheck check : d.checks()) {
            if (!check.validated()) {
                plan.step(Phase.CREATE, k, addCheck(d, check), direction).needs(k);
            }
        }
        Kinds.commentOnCreate(plan, d, direction);
        checkComments(d, Map.of(), Set.of(), plan, direction);
        Grants.change(plan, d, "DOMAIN " + Names.rel(k), Grants.TYPE_DEFAULT, d.grants(), direction);
        return main;
    }

    /** {@code COMMENT ON CONSTRAINT ... ON DOMAIN} where TO's differs from {@code before}'s, or the check is new. */
    private static void checkComments(DomainType t, Map<String, DomainCheck> before, Set<String> readded,
                                      PlanContext plan, Direction direction) {
        for (DomainCheck check : t.checks()) {
            DomainCheck old = readded.contains(check.name()) ? null : before.get(check.name());
            if (!Objects.equals(old == null ? null : old.comment(), check.comment())) {
                plan.step(Phase.CREATE, t.key(), "COMMENT ON CONSTRAINT " + Sql.ident(check.name()) + " ON DOMAIN "
                        + Names.rel(t.key()) + " IS " + (check.comment() == null ? "NULL" : Sql.literal(check.comment()))
                        + ";", direction).needs(t.key());
            }
        }
    }

    @Override
    public Step drop(DomainType d, PlanContext plan, Direction direction) {
        return plan.step(Phase.DROP, d.key(), "DROP DOMAIN " + Names.rel(d.key()) + ";", direction);
    }

    @Override
    public Rebuild rebuild(DomainType f, DomainType t, int fromMajor) {
        return !f.baseType().equals(t.baseType()) || !Objects.equals(f.collation(), t.collation())
                ? Rebuild.REPLACE_TYPE : Rebuild.IN_PLACE;
    }

    @Override
    public void alter(DomainType f, DomainType t, PlanContext plan, Direction d) {
        ObjectKey k = t.key();
        String prefix = "ALTER DOMAIN " + Names.rel(k) + " ";
        boolean reset = plan.decision().isDomainReset(k);
        if (!reset && !Objects.equals(f.defaultExpr(), t.defaultExpr())) {
            plan.alter(Phase.ALTER, k, prefix + (t.defaultExpr() == null ? "DROP DEFAULT;"
                    : "SET DEFAULT " + t.defaultExpr() + ";"), d);
        }
        if (f.notNull() != t.notNull()) {
            Step s = plan.alter(Phase.ALTER, k, prefix + (t.notNull() ? "SET NOT NULL;" : "DROP NOT NULL;"), d);
            if (t.notNull()) {
                s.hazard(checksForNulls(k));
            }
        }
        Grants.change(plan, t, "DOMAIN " + Names.rel(k), f.grants(), t.grants(), d);
        if (reset) {
            return;
        }
        Map<String, DomainCheck> before = checks(f);
        Map<String, DomainCheck> after = checks(t);
        Set<String> readded = new HashSet<>();
        for (DomainCheck old : before.values()) {
            DomainCheck now = after.get(old.name());
            if (now == null || !now.definition().equals(old.definition()) || (old.validated() && !now.validated())) {
                plan.alter(Phase.ALTER, k, prefix + "DROP CONSTRAINT " + Sql.ident(old.name()) + ";", d);
            }
        }
        for (DomainCheck now : after.values()) {
            DomainCheck old = before.get(now.name());
            if (old == null || !now.definition().equals(old.definition()) || (old.validated() && !now.validated())) {
                readded.add(now.name());
                Step s = plan.alter(Phase.CREATE, k, addCheck(t, now), d);
                if (now.validated()) {
                    s.hazard(checksEveryValue(k, "add it NOT VALID, then VALIDATE CONSTRAINT"));
                }
            } else if (!old.validated() && now.validated()) {
                plan.alter(Phase.LATE, k, prefix + "VALIDATE CONSTRAINT " + Sql.ident(now.name()) + ";", d)
                        .hazard(checksEveryValue(k, null));
            }
        }
        checkComments(t, before, readded, plan, d);
    }

    /** Drops a domain's checks and default before what they use is dropped, and puts TO's back afterwards. */
    static void reset(DomainType f, DomainType t, PlanContext plan, Direction d) {
        ObjectKey k = f.key();
        String prefix = "ALTER DOMAIN " + Names.rel(k) + " ";
        for (DomainCheck check : f.checks()) {
            plan.step(Phase.DROP, k, prefix + "DROP CONSTRAINT " + Sql.ident(check.name()) + ";", d).releases(k);
        }
        if (f.defaultExpr() != null) {
            plan.step(Phase.DROP, k, prefix + "DROP DEFAULT;", d).releases(k);
        }
        if (t == null) {
            return;
        }
        for (DomainCheck check : t.checks()) {
            plan.alter(Phase.CREATE, k, addCheck(t, check), d).releasesNothing();
        }
        if (t.defaultExpr() != null) {
            plan.alter(Phase.CREATE, k, prefix + "SET DEFAULT " + t.defaultExpr() + ";", d).releasesNothing();
        }
    }

    @Override
    public String commentTarget(DomainType d) {
        return "DOMAIN " + Names.rel(d.key());
    }

    @Override
    public void dependencies(DomainType d, SnapshotIndex side, BiConsumer<ObjectKey, ObjectKey> link) {
        ObjectKey type = side.typeKey(d.baseType());
        if (type != null) {
            link.accept(d.key(), type);
        }
    }

    private static String addCheck(DomainType d, DomainCheck check) {
        return "ALTER DOMAIN " + Names.rel(d.key()) + " ADD CONSTRAINT " + Sql.ident(check.name()) + " "
                + check.definition() + (check.validated() ? "" : " NOT VALID") + ";";
    }

    private static Map<String, DomainCheck> checks(DomainType domain) {
        Map<String, DomainCheck> map = new LinkedHashMap<>();
        domain.checks().forEach(c -> map.put(c.name(), c));
        return map;
    }
}
