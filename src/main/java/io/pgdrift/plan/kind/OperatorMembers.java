package io.pgdrift.plan.kind;

import io.pgdrift.model.OperatorMember;

/** The SQL of an operator family's or class's members, shared by {@link OperatorFamilyDdl} and {@link OperatorClassDdl}. */
final class OperatorMembers {
    private OperatorMembers() {
    }

    /** The member as {@code CREATE OPERATOR CLASS ... AS} and {@code ALTER OPERATOR FAMILY ... ADD} take it. */
    static String definition(OperatorMember m) {
        if (m.operator()) {
            return "OPERATOR " + m.number() + " " + OperatorDdl.qualified(m.target()) + " " + types(m)
                    + (m.orderBy() == null ? "" : " FOR ORDER BY " + m.orderBy());
        }
        return "FUNCTION " + m.number() + " " + types(m) + " " + m.target();
    }

    /** The member as {@code ALTER OPERATOR FAMILY ... DROP} names it: its slot. */
    static String slot(OperatorMember m) {
        return (m.operator() ? "OPERATOR " : "FUNCTION ") + m.number() + " " + types(m);
    }

    private static String types(OperatorMember m) {
        return "(" + m.leftType() + ", " + m.rightType() + ")";
    }
}
