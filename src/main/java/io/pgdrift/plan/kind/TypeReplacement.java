package io.pgdrift.plan.kind;

import io.pgdrift.model.Column;
import io.pgdrift.model.EnumType;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.plan.Direction;
import io.pgdrift.plan.Sql;
import io.pgdrift.plan.kind.Step.Phase;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The statements of an enum or domain recreated under its own name ({@link Rebuild#REPLACE_TYPE}): the old type
 * is renamed out of the way, the new one created, every column moved onto it through text, and the old one
 * dropped. The orchestration decides which columns move and puts the steps in order.
 */
public final class TypeReplacement {

    private static final String SUFFIX = "_pgdrift_old";

    private TypeReplacement() {
    }

    /** {@code ALTER TYPE t RENAME TO t_pgdrift_old}. */
    public static Step renameOld(ObjectKey k, PlanContext plan, Direction d) {
        return plan.alter(Phase.ALTER, k, "ALTER " + word(k) + " " + Names.rel(k) + " RENAME TO "
                + Sql.ident(temporaryName(k.name())) + ";", d).releasesNothing();
    }

    /** Drops the renamed old type, late: after every column has moved off it. */
    public static Step dropOld(ObjectKey k, PlanContext plan, Direction d) {
        return plan.step(Phase.LATE, k, "DROP " + word(k) + " " + Sql.qualified(k.schema(), temporaryName(k.name()))
                + ";", d);
    }

    /** Enum labels that exist only in {@code before} (none for a domain); marks the new type's creation with them. */
    public static List<String> lostLabels(SchemaObject before, SchemaObject after, Step create) {
        if (before.kind() != ObjectKind.ENUM || after.kind() != ObjectKind.ENUM) {
            return List.of();
        }
        List<String> kept = ((EnumType) after).labels();
        List<String> lost = ((EnumType) before).labels().stream().filter(l -> !kept.contains(l)).toList();
        if (!lost.isEmpty()) {
            create.hazard(EnumDdl.labelsRemoved(after.key(), lost, ((EnumType) before).labels(), kept));
        }
        return lost;
    }

    /** Moves one column onto the recreated type. */
    public static Step moveColumn(Column to, PlanContext plan, Direction d, List<String> lostLabels) {
        return ColumnRetype.throughText(to, plan, d, lostLabels);
    }

    private static String word(ObjectKey k) {
        return k.kind() == ObjectKind.DOMAIN ? "DOMAIN" : "TYPE";
    }

    static String temporaryName(String name) {
        String base = name;
        while (base.getBytes(StandardCharsets.UTF_8).length + SUFFIX.length() > 63) {
            base = base.substring(0, base.length() - 1);
        }
        return base + SUFFIX;
    }
}
