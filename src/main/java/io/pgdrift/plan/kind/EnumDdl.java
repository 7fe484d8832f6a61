package io.pgdrift.plan.kind;

import io.pgdrift.model.EnumType;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Enums: new labels are added in place ({@code ADD VALUE}); any other change (a label removed, renamed or
 * moved) recreates the type under its name ({@link TypeReplacement}).
 */
final class EnumDdl implements KindDdl<EnumType> {

    static final EnumDdl INSTANCE = new EnumDdl();

    /** Labels that exist in FROM only: rows holding them cannot move onto the recreated type. */
    static Hazard labelsRemoved(ObjectKey k, List<String> lost) {
        return labelsRemoved(k, lost, List.of(), List.of());
    }

    /**
     * Labels removed; when others take their place ({@code before} and {@code after} both in order), a rename is
     * the likelier intent: {@code RENAME VALUE} keeps the rows, needs no rewrite and no new type.
     */
    static Hazard labelsRemoved(ObjectKey k, List<String> lost, List<String> before, List<String> after) {
        List<String> added = after.stream().filter(l -> !before.contains(l)).toList();
        String saferPath = "update those rows to a remaining label first";
        if (!added.isEmpty()) {
            List<String> renames = new java.util.ArrayList<>();
            for (String old : lost) {
                int at = before.indexOf(old);
                String candidate = at < after.size() && added.contains(after.get(at)) ? after.get(at) : null;
                if (candidate != null) {
                    renames.add("ALTER TYPE " + Names.rel(k) + " RENAME VALUE " + io.pgdrift.plan.Sql.literal(old)
                            + " TO " + io.pgdrift.plan.Sql.literal(candidate) + ";");
                }
            }
            if (!renames.isEmpty()) {
                saferPath = "if a label was renamed, " + String.join(" ", renames) + " keeps the rows without "
                        + "recreating the type or rewriting a table; else " + saferPath;
            }
        }
        return new Hazard(HazardKind.DATA_LOSS, "labels " + String.join(", ", lost) + " of " + k.display()
                + " are removed: rows holding them make the column conversion fail", saferPath);
    }

    @Override
    public Class<EnumType> type() {
        return EnumType.class;
    }

    @Override
    public Step create(EnumType e, PlanContext plan, Direction d) {
        Step main = plan.step(Phase.CREATE, e.key(), "CREATE TYPE " + Names.rel(e.key()) + " AS ENUM ("
                + e.labels().stream().map(Sql::literal).collect(Collectors.joining(", ")) + ");", d);
        Kinds.commentOnCreate(plan, e, d);
        Grants.change(plan, e, "TYPE " + Names.rel(e.key()), Grants.TYPE_DEFAULT, e.grants(), d);
        return main;
    }

    @Override
    public Step drop(EnumType e, PlanContext plan, Direction d) {
        return plan.step(Phase.DROP, e.key(), "DROP TYPE " + Names.rel(e.key()) + ";", d);
    }

    @Override
    public Rebuild rebuild(EnumType f, EnumType t, int fromMajor) {
        return isPureAddition(f.labels(), t.labels()) ? Rebuild.IN_PLACE : Rebuild.REPLACE_TYPE;
    }

    /** Pure additions: each new label goes after its predecessor in TO (or before the first old label). */
    @Override
    public void alter(EnumType f, EnumType t, PlanContext plan, Direction d) {
        Grants.change(plan, t, "TYPE " + Names.rel(t.key()), f.grants(), t.grants(), d);
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
            plan.alter(Phase.ALTER, t.key(), "ALTER TYPE " + Names.rel(t.key()) + " ADD VALUE " + Sql.literal(label)
                    + where + ";", d);
        }
    }

    @Override
    public String commentTarget(EnumType e) {
        return "TYPE " + Names.rel(e.key());
    }

    /** TO's labels are FROM's in the same order with new ones inserted anywhere. */
    static boolean isPureAddition(List<String> from, List<String> to) {
        int i = 0;
        for (String label : to) {
            if (i < from.size() && from.get(i).equals(label)) {
                i++;
            } else if (from.contains(label)) {
                return false;
            }
        }
        return i == from.size();
    }
}
