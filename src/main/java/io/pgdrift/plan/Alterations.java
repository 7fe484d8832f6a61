package io.pgdrift.plan;

import io.pgdrift.model.Column;
import io.pgdrift.model.CompositeType;
import io.pgdrift.model.Constraint;
import io.pgdrift.model.DomainType;
import io.pgdrift.model.EnumType;
import io.pgdrift.model.EventTrigger;
import io.pgdrift.model.Extension;
import io.pgdrift.model.Function;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Policy;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Sequence;
import io.pgdrift.model.Table;
import io.pgdrift.model.Trigger;
import io.pgdrift.model.View;
import io.pgdrift.plan.Step.Phase;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The narrowest ALTER statements that turn one object as it is in FROM into the same object as it is in TO. */
final class Alterations {

    private static final Set<ObjectKind> TYPE_LIKE = EnumSet.of(ObjectKind.ENUM, ObjectKind.DOMAIN,
            ObjectKind.COMPOSITE_TYPE, ObjectKind.EXTENSION, ObjectKind.TABLE, ObjectKind.SCHEMA);
    private static final Set<String> STORAGES = Set.of("PLAIN", "EXTERNAL", "EXTENDED", "MAIN");

    private final MigrationBuilder plan;

    Alterations(MigrationBuilder plan) {
        this.plan = plan;
    }

    void alter(SchemaObject f, SchemaObject t, Direction d) {
        if (f instanceof SchemaDef fs && t instanceof SchemaDef ts) {
            plan.grantsOf(t, fs.grants(), ts.grants(), d);
        } else if (f instanceof Extension fe && t instanceof Extension te) {
            extension(fe, te, d);
        } else if (f instanceof EnumType fe && t instanceof EnumType te) {
            enumLabels(fe, te, d);
        } else if (f instanceof DomainType fd && t instanceof DomainType td) {
            domain(fd, td, d);
        } else if (f instanceof CompositeType fc && t instanceof CompositeType tc) {
            composite(fc, tc, d);
        } else if (f instanceof Sequence fs && t instanceof Sequence ts) {
            sequence(fs, ts, d);
        } else if (f instanceof Table ft && t instanceof Table tt) {
            table(ft, tt, d);
        } else if (f instanceof Column fc && t instanceof Column tc) {
            column(fc, tc, d);
        } else if (f instanceof Constraint fc && t instanceof Constraint tc) {
            if (!fc.validated() && tc.validated()) {
                ObjectKey table = MigrationBuilder.relation(plan.to(), tc.key());
                plan.newStep(Phase.LATE, tc.key(), "ALTER TABLE " + Ddl.rel(tc.key()) + " VALIDATE CONSTRAINT "
                        + Ddl.member(tc.key()) + ";", d).hazard(HazardKind.VALIDATION_SCAN, "checks every row of "
                        + table.display() + " (under a SHARE UPDATE EXCLUSIVE lock: reads and writes continue)", null);
            }
        } else if (f instanceof View fv && t instanceof View tv) {
            view(fv, tv, d);
        } else if (f instanceof Function ff && t instanceof Function tf) {
            function(ff, tf, d);
        } else if (f instanceof Trigger ft && t instanceof Trigger tt) {
            if (!Objects.equals(ft.enabled(), tt.enabled())) {
                Step s = plan.newAlter(Phase.ALTER, tt.key(), Ddl.triggerEnable(tt.key(), tt.enabled()), d);
                plan.lockHazard(s, MigrationBuilder.relation(plan.to(), tt.key()), "enabling or disabling a trigger");
            }
        } else if (f instanceof EventTrigger fe && t instanceof EventTrigger te) {
            if (!Objects.equals(fe.enabled(), te.enabled())) {
                plan.newAlter(Phase.ALTER, te.key(), Ddl.eventTriggerEnable(te), d);
            }
        } else if (f instanceof Policy fp && t instanceof Policy tp) {
            policy(fp, tp, d);
        }
        if (!Objects.equals(f.comment(), t.comment())) {
            plan.newStep(Phase.CREATE, t.key(), Ddl.comment(t, t.comment()), d).needs.add(t.key());
        }
    }

    private void extension(Extension f, Extension t, Direction d) {
        String name = Sql.ident(t.key().name());
        if (!Objects.equals(f.version(), t.version()) && t.version() != null) {
            plan.newAlter(Phase.SETUP, t.key(), "ALTER EXTENSION " + name + " UPDATE TO " + Sql.literal(t.version()) + ";", d);
        }
        if (!Objects.equals(f.schema(), t.schema()) && t.schema() != null) {
            plan.newAlter(Phase.SETUP, t.key(), "ALTER EXTENSION " + name + " SET SCHEMA " + Sql.ident(t.schema()) + ";", d)
                    .needs.add(ObjectKey.schema(t.schema()));
        }
    }

    /** Pure additions: each new label goes after its predecessor in TO (or before the first old label). */
    private void enumLabels(EnumType f, EnumType t, Direction d) {
        List<String> labels = t.labels();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (f.labels().contains(label)) {
                continue;
            }
            String where;
            if (i > 0) {
                where = " AFTER " + Sql.literal(labels.get(i - 1));
            } else {
                String firstOld = labels.stream().filter(f.labels()::contains).findFirst().orElse(null);
                where = firstOld == null ? "" : " BEFORE " + Sql.literal(firstOld);
            }
            plan.newAlter(Phase.ALTER, t.key(), "ALTER TYPE " + Ddl.rel(t.key()) + " ADD VALUE " + Sql.literal(label)
                    + where + ";", d);
        }
    }

    private void domain(DomainType f, DomainType t, Direction d) {
        ObjectKey k = t.key();
        String prefix = "ALTER DOMAIN " + Ddl.rel(k) + " ";
        boolean reset = plan.domainReset(k);
        if (!reset && !Objects.equals(f.defaultExpr(), t.defaultExpr())) {
            plan.newAlter(Phase.ALTER, k, prefix + (t.defaultExpr() == null ? "DROP DEFAULT;"
                    : "SET DEFAULT " + t.defaultExpr() + ";"), d);
        }
        if (f.notNull() != t.notNull()) {
            Step s = plan.newAlter(Phase.ALTER, k, prefix + (t.notNull() ? "SET NOT NULL;" : "DROP NOT NULL;"), d);
            if (t.notNull()) {
                s.hazard(HazardKind.VALIDATION_SCAN, "checks every column of domain " + k.display() + " for nulls", null);
            }
        }
        if (reset) {
            return;
        }
        Map<String, DomainType.DomainCheck> before = checks(f);
        Map<String, DomainType.DomainCheck> after = checks(t);
        for (DomainType.DomainCheck old : before.values()) {
            DomainType.DomainCheck now = after.get(old.name());
            if (now == null || !now.definition().equals(old.definition()) || (old.validated() && !now.validated())) {
                plan.newAlter(Phase.ALTER, k, prefix + "DROP CONSTRAINT " + Sql.ident(old.name()) + ";", d);
            }
        }
        for (DomainType.DomainCheck now : after.values()) {
            DomainType.DomainCheck old = before.get(now.name());
            if (old == null || !now.definition().equals(old.definition()) || (old.validated() && !now.validated())) {
                Step s = plan.newAlter(Phase.CREATE, k, Ddl.addDomainCheck(t, now), d);
                if (now.validated()) {
                    s.hazard(HazardKind.VALIDATION_SCAN, "checks every value of domain " + k.display(),
                            "add it NOT VALID, then VALIDATE CONSTRAINT");
                }
            } else if (!old.validated() && now.validated()) {
                plan.newAlter(Phase.LATE, k, prefix + "VALIDATE CONSTRAINT " + Sql.ident(now.name()) + ";", d)
                        .hazard(HazardKind.VALIDATION_SCAN, "checks every value of domain " + k.display(), null);
            }
        }
    }

    private static Map<String, DomainType.DomainCheck> checks(DomainType domain) {
        Map<String, DomainType.DomainCheck> map = new LinkedHashMap<>();
        domain.checks().forEach(c -> map.put(c.name(), c));
        return map;
    }

    /** Drops a domain's checks and default before what they use is dropped, and puts TO's back afterwards. */
    void resetDomain(DomainType f, DomainType t, Direction d) {
        ObjectKey k = f.key();
        String prefix = "ALTER DOMAIN " + Ddl.rel(k) + " ";
        for (DomainType.DomainCheck check : f.checks()) {
            plan.newStep(Phase.DROP, k, prefix + "DROP CONSTRAINT " + Sql.ident(check.name()) + ";", d).releases.add(k);
        }
        if (f.defaultExpr() != null) {
            plan.newStep(Phase.DROP, k, prefix + "DROP DEFAULT;", d).releases.add(k);
        }
        if (t == null) {
            return;
        }
        for (DomainType.DomainCheck check : t.checks()) {
            plan.newAlter(Phase.CREATE, k, Ddl.addDomainCheck(t, check), d).releases.clear();
        }
        if (t.defaultExpr() != null) {
            plan.newAlter(Phase.CREATE, k, prefix + "SET DEFAULT " + t.defaultExpr() + ";", d).releases.clear();
        }
    }

    private void composite(CompositeType f, CompositeType t, Direction d) {
        Map<String, CompositeType.Attribute> before = new LinkedHashMap<>();
        f.attributes().forEach(a -> before.put(a.name(), a));
        Map<String, CompositeType.Attribute> after = new LinkedHashMap<>();
        t.attributes().forEach(a -> after.put(a.name(), a));
        List<String> actions = new ArrayList<>();
        for (CompositeType.Attribute a : f.attributes()) {
            if (!after.containsKey(a.name())) {
                actions.add("DROP ATTRIBUTE " + Sql.ident(a.name()));
            }
        }
        for (CompositeType.Attribute a : t.attributes()) {
            CompositeType.Attribute old = before.get(a.name());
            if (old == null) {
                actions.add("ADD ATTRIBUTE " + Ddl.attribute(a));
            } else if (!old.equals(a)) {
                actions.add("ALTER ATTRIBUTE " + Sql.ident(a.name()) + " TYPE " + a.type()
                        + (a.collation() == null ? "" : " COLLATE " + Ddl.collation(a.collation())));
            }
        }
        if (!actions.isEmpty()) {
            plan.newAlter(Phase.ALTER, t.key(), "ALTER TYPE " + Ddl.rel(t.key()) + " " + String.join(", ", actions) + ";", d);
        }
    }

    private void sequence(Sequence f, Sequence t, Direction d) {
        ObjectKey k = t.key();
        StringBuilder options = new StringBuilder();
        if (!f.dataType().equals(t.dataType())) {
            options.append(" AS ").append(Ddl.word(t.dataType(), Set.of("smallint", "integer", "bigint"), "sequence type"));
        }
        if (f.increment() != t.increment()) {
            options.append(" INCREMENT BY ").append(t.increment());
        }
        if (f.minValue() != t.minValue()) {
            options.append(" MINVALUE ").append(t.minValue());
        }
        if (f.maxValue() != t.maxValue()) {
            options.append(" MAXVALUE ").append(t.maxValue());
        }
        if (f.start() != t.start()) {
            options.append(" START WITH ").append(t.start());
        }
        if (f.cache() != t.cache()) {
            options.append(" CACHE ").append(t.cache());
        }
        if (f.cycle() != t.cycle()) {
            options.append(t.cycle() ? " CYCLE" : " NO CYCLE");
        }
        if (options.length() > 0) {
            plan.newAlter(Phase.ALTER, k, "ALTER SEQUENCE " + Ddl.rel(k) + options + ";", d);
        }
        if (!Objects.equals(f.ownedBy(), t.ownedBy())) {
            if (f.ownedBy() != null) {
                Step none = plan.newAlter(Phase.ALTER, k, "ALTER SEQUENCE " + Ddl.rel(k) + " OWNED BY NONE;", d);
                none.beforeDropOf.add(f.ownedBy());
                ObjectKey table = MigrationBuilder.relation(plan.from(), f.ownedBy());
                none.beforeDropOf.add(table);
            }
            if (t.ownedBy() != null) {
                plan.sequenceOwnedBy(k, t.ownedBy(), d);
            }
        }
        plan.grantsOf(t, f.grants(), t.grants(), d);
    }

    private void table(Table f, Table t, Direction d) {
        ObjectKey k = t.key();
        String rel = Ddl.rel(k);
        if (f.unlogged() != t.unlogged()) {
            Step s = plan.newAlter(Phase.ALTER, k, "ALTER TABLE " + rel + (t.unlogged() ? " SET UNLOGGED;" : " SET LOGGED;"), d);
            plan.lockHazard(s, k, "changing persistence");
            s.hazard(HazardKind.TABLE_REWRITE, "rewrites " + k.display() + (t.unlogged() ? "" : " and writes it all to WAL"),
                    null);
        }
        boolean partitionChanged = !Objects.equals(f.partitionOf(), t.partitionOf())
                || !Objects.equals(f.partitionBound(), t.partitionBound());
        if (partitionChanged && f.partitionOf() != null) {
            Step s = plan.newAlter(Phase.ALTER, k, "ALTER TABLE " + Ddl.rel(f.partitionOf()) + " DETACH PARTITION "
                    + rel + ";", d);
            s.hazard(HazardKind.ACCESS_EXCLUSIVE_LOCK, "takes an ACCESS EXCLUSIVE lock on " + f.partitionOf().display()
                    + " and " + k.display(), "DETACH PARTITION ... CONCURRENTLY (PostgreSQL 14+, outside a transaction)");
        }
        if (partitionChanged && t.partitionOf() != null) {
            Step s = plan.newAlter(Phase.ALTER, k, "ALTER TABLE " + Ddl.rel(t.partitionOf()) + " ATTACH PARTITION "
                    + rel + " " + t.partitionBound() + ";", d);
            s.needs.add(t.partitionOf());
            if (!plan.created(t.partitionOf())) {
                s.hazard(HazardKind.VALIDATION_SCAN, "scans " + k.display() + " to check that every row fits the bound "
                        + "while holding an ACCESS EXCLUSIVE lock on it", "add a CHECK constraint matching the bound "
                        + "(validated) first: the scan is then skipped");
            }
        }
        for (ObjectKey parent : f.inherits()) {
            if (!t.inherits().contains(parent)) {
                Step s = plan.newAlter(Phase.ALTER, k, "ALTER TABLE " + rel + " NO INHERIT " + Ddl.rel(parent) + ";", d);
                plan.lockHazard(s, k, "changing inheritance");
            }
        }
        for (ObjectKey parent : t.inherits()) {
            if (!f.inherits().contains(parent)) {
                Step s = plan.newAlter(Phase.ALTER, k, "ALTER TABLE " + rel + " INHERIT " + Ddl.rel(parent) + ";", d);
                s.needs.add(parent);
                plan.lockHazard(s, k, "changing inheritance");
            }
        }
        if (f.rowSecurity() != t.rowSecurity()) {
            Step s = plan.newAlter(Phase.ALTER, k, "ALTER TABLE " + rel
                    + (t.rowSecurity() ? " ENABLE" : " DISABLE") + " ROW LEVEL SECURITY;", d);
            plan.lockHazard(s, k, "switching row-level security");
        }
        if (f.forceRowSecurity() != t.forceRowSecurity()) {
            Step s = plan.newAlter(Phase.ALTER, k, "ALTER TABLE " + rel
                    + (t.forceRowSecurity() ? " FORCE" : " NO FORCE") + " ROW LEVEL SECURITY;", d);
            plan.lockHazard(s, k, "switching row-level security");
        }
        options("ALTER TABLE " + rel, k, f.options(), t.options(), d);
        plan.grantsOf(t, f.grants(), t.grants(), d);
    }

    private void options(String prefix, ObjectKey k, List<String> before, List<String> after, Direction d) {
        List<String> set = new ArrayList<>();
        for (String option : after) {
            if (!before.contains(option)) {
                set.add(Ddl.option(option));
            }
        }
        List<String> reset = new ArrayList<>();
        Set<String> afterNames = new java.util.HashSet<>();
        after.forEach(o -> afterNames.add(Ddl.optionName(o)));
        for (String option : before) {
            if (!afterNames.contains(Ddl.optionName(option))) {
                reset.add(Ddl.optionName(option));
            }
        }
        if (!reset.isEmpty()) {
            plan.newAlter(Phase.ALTER, k, prefix + " RESET (" + String.join(", ", reset) + ");", d);
        }
        if (!set.isEmpty()) {
            plan.newAlter(Phase.ALTER, k, prefix + " SET (" + String.join(", ", set) + ");", d);
        }
    }

    private void column(Column f, Column t, Direction d) {
        ObjectKey k = t.key();
        ObjectKey table = MigrationBuilder.relation(plan.to(), k);
        String prefix = "ALTER TABLE " + Ddl.rel(k) + " ALTER COLUMN " + Ddl.member(k) + " ";
        if (f.generated() != null && t.generated() == null) {
            Step s = plan.newAlter(Phase.ALTER, k, prefix + "DROP EXPRESSION;", d);
            plan.lockHazard(s, table, "turning a generated column into a plain one");
        } else if (f.generated() != null && !f.generated().equals(t.generated())) {
            Step s = plan.newAlter(Phase.ALTER, k, prefix + "SET EXPRESSION AS (" + t.generated() + ");", d);
            plan.lockHazard(s, table, "changing a generation expression");
            s.hazard(HazardKind.TABLE_REWRITE, "recomputes the column for every row of " + table.display(), null);
        }
        if (f.identity() != null && t.identity() == null) {
            Step s = plan.newAlter(Phase.ALTER, k, prefix + "DROP IDENTITY;", d);
            plan.lockHazard(s, table, "dropping an identity");
            Sequence serial = plan.newOwnedSequence(k);
            Step createSerial = serial == null ? null : plan.createStepOf(serial.key());
            if (createSerial != null) {
                // an identity turning into a serial: its sequence (probably of the same name) goes first
                createSerial.after.add(s);
            }
        }
        boolean typeChanged = !f.type().equals(t.type()) || !Objects.equals(f.collation(), t.collation());
        if (typeChanged && !plan.retypedByType(k)) {
            retype(f, t, d, prefix, table);
        }
        if (!plan.defaultReset(k) && !Objects.equals(f.defaultExpr(), t.defaultExpr())) {
            Step s = plan.newAlter(Phase.ALTER, k, prefix + (t.defaultExpr() == null ? "DROP DEFAULT;"
                    : "SET DEFAULT " + t.defaultExpr() + ";"), d);
            plan.lockHazard(s, table, "changing a default");
        }
        if (!f.notNull() && t.notNull() && (t.identity() == null || f.identity() == null)) {
            Step s = plan.newAlter(Phase.ALTER, k, prefix + "SET NOT NULL;", d);
            plan.lockHazard(s, table, "SET NOT NULL");
            if (!plan.created(table)) {
                String check = Sql.ident(truncate(k.name() + "_" + k.member() + "_not_null"));
                s.hazard(HazardKind.VALIDATION_SCAN, "scans every row of " + table.display() + " for nulls while holding "
                        + "the lock", "ALTER TABLE " + Ddl.rel(k) + " ADD CONSTRAINT " + check + " CHECK ("
                        + Ddl.member(k) + " IS NOT NULL) NOT VALID; VALIDATE CONSTRAINT " + check
                        + "; then SET NOT NULL (no scan) and drop the check");
            }
        } else if (f.notNull() && !t.notNull() && t.identity() == null) {
            Step s = plan.newAlter(Phase.ALTER, k, prefix + "DROP NOT NULL;", d);
            plan.lockHazard(s, table, "DROP NOT NULL");
        }
        if (f.identity() == null && t.identity() != null) {
            String options = t.identityOptions() == null || t.identityOptions().isBlank() ? ""
                    : " (" + Ddl.sequenceOptions(t.identityOptions()) + ")";
            Step s = plan.newAlter(Phase.ALTER, k, prefix + "ADD GENERATED "
                    + Ddl.word(t.identity(), Set.of("ALWAYS", "BY DEFAULT"), "identity") + " AS IDENTITY" + options + ";", d);
            plan.lockHazard(s, table, "adding an identity");
            Sequence serial = plan.ownedSequence(k);
            if (serial != null) {
                // a serial turning into an identity: its sequence goes first, so the identity's gets the same name
                s.afterDropOf.add(serial.key());
            }
        } else if (f.identity() != null && t.identity() != null) {
            List<String> actions = new ArrayList<>();
            if (!f.identity().equals(t.identity())) {
                actions.add("SET GENERATED " + Ddl.word(t.identity(), Set.of("ALWAYS", "BY DEFAULT"), "identity"));
            }
            if (!Objects.equals(f.identityOptions(), t.identityOptions())) {
                actions.addAll(IdentityOptions.changes(f.identityOptions(), t.identityOptions()));
            }
            if (!actions.isEmpty()) {
                Step s = plan.newAlter(Phase.ALTER, k, prefix + String.join(" ", actions) + ";", d);
                plan.lockHazard(s, table, "changing an identity");
            }
        }
        if (!Objects.equals(f.storage(), t.storage())) {
            String storage = t.storage() != null ? Ddl.word(t.storage(), STORAGES, "storage")
                    : plan.from().major() >= 16 ? "DEFAULT" : Ddl.defaultStorage(t.type());
            Step s = plan.newAlter(Phase.ALTER, k, prefix + "SET STORAGE " + storage + ";", d);
            plan.lockHazard(s, table, "changing storage");
        }
    }

    private void retype(Column f, Column t, Direction d, String prefix, ObjectKey table) {
        ObjectKey k = t.key();
        boolean sameType = f.type().equals(t.type());
        TypeChange change = sameType ? new TypeChange(false, false, false) : TypeChange.of(f.type(), t.type());
        String collate = t.collation() != null ? " COLLATE " + Ddl.collation(t.collation())
                : f.collation() != null ? " COLLATE \"default\"" : "";
        String using = change.needsUsing() ? " USING " + Ddl.member(k) + "::" + t.type() : "";
        Step s = plan.newAlter(Phase.ALTER, k, prefix + "TYPE " + t.type() + collate + using + ";", d);
        s.dependencyFilter = key -> TYPE_LIKE.contains(key.kind());
        if (!plan.created(table)) {
            plan.lockHazard(s, table, "changing a column type");
            if (change.rewrite()) {
                s.hazard(HazardKind.TABLE_REWRITE, "rewrites " + table.display() + " and rebuilds its indexes ("
                        + f.type() + " to " + t.type() + " is not binary coercible)",
                        "add a new column, backfill it in batches, then swap the columns");
            } else if (sameType) {
                s.hazard(HazardKind.BLOCKS_WRITES, "rebuilds the indexes on the column of " + table.display(), null);
            }
            if (change.narrowing()) {
                s.hazard(HazardKind.DATA_LOSS, "converts " + f.type() + " to " + t.type()
                        + ": values that do not fit fail the statement or lose precision", "check the data first");
            }
        }
    }

    /** Moves a column onto a recreated enum or domain of the same name, through its text form. */
    Step retypeThroughText(Column f, Column t, Direction d, List<String> lostLabels) {
        ObjectKey k = t.key();
        ObjectKey table = MigrationBuilder.relation(plan.to(), k);
        String arrays = "";
        String base = t.type();
        while (base.endsWith("[]")) {
            base = base.substring(0, base.length() - 2);
            arrays += "[]";
        }
        String collate = t.collation() != null ? " COLLATE " + Ddl.collation(t.collation()) : "";
        Step s = plan.newAlter(Phase.ALTER, k, "ALTER TABLE " + Ddl.rel(k) + " ALTER COLUMN " + Ddl.member(k) + " TYPE "
                + t.type() + collate + " USING " + Ddl.member(k) + "::text" + arrays + "::" + t.type() + ";", d);
        s.dependencyFilter = key -> TYPE_LIKE.contains(key.kind());
        if (!plan.created(table)) {
            plan.lockHazard(s, table, "changing a column type");
            s.hazard(HazardKind.TABLE_REWRITE, "rewrites " + table.display() + " to move " + k.member()
                    + " onto the recreated type", null);
            if (!lostLabels.isEmpty()) {
                s.hazard(HazardKind.DATA_LOSS, "rows holding " + String.join(", ", lostLabels)
                        + " cannot be converted and make the statement fail", "update those rows first");
            }
        }
        return s;
    }

    private void view(View f, View t, Direction d) {
        String word = t.key().kind() == ObjectKind.MATERIALIZED_VIEW ? "ALTER MATERIALIZED VIEW " : "ALTER VIEW ";
        options(word + Ddl.rel(t.key()), t.key(), f.options(), t.options(), d);
        plan.grantsOf(t, f.grants(), t.grants(), d);
    }

    private void function(Function f, Function t, Direction d) {
        boolean replace = !Objects.equals(f.body(), t.body()) || !Objects.equals(f.language(), t.language())
                || !Objects.equals(f.volatility(), t.volatility()) || f.strict() != t.strict()
                || f.securityDefiner() != t.securityDefiner() || f.leakproof() != t.leakproof()
                || !Objects.equals(f.parallel(), t.parallel()) || !f.config().equals(t.config());
        if (replace) {
            plan.newAlter(Phase.ALTER, t.key(), Ddl.createFunction(t), d);
        }
        plan.grantsOf(t, f.grants(), t.grants(), d);
    }

    private void policy(Policy f, Policy t, Direction d) {
        StringBuilder sb = new StringBuilder();
        if (!f.roles().equals(t.roles())) {
            sb.append(" TO ").append(Ddl.roles(t.roles()));
        }
        if (!Objects.equals(f.using(), t.using())) {
            sb.append(" USING (").append(t.using()).append(')');
        }
        if (!Objects.equals(f.withCheck(), t.withCheck())) {
            sb.append(" WITH CHECK (").append(t.withCheck()).append(')');
        }
        if (sb.length() > 0) {
            Step s = plan.newAlter(Phase.ALTER, t.key(), "ALTER POLICY " + Ddl.member(t.key()) + " ON "
                    + Ddl.rel(t.key()) + sb + ";", d);
            plan.lockHazard(s, MigrationBuilder.relation(plan.to(), t.key()), "changing a policy");
        }
    }

    private static String truncate(String name) {
        return name.length() > 63 ? name.substring(0, 63) : name;
    }
}
