package io.pgdrift.plan.kind;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.Function;
import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.plan.Sql;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Names and catalog words as SQL, shared by the kind classes. Names and words go through {@link Sql} or a
 * known set; deparsed expressions and definitions from the server are used as they are (quoted already).
 */
final class Names {

    private Names() {
    }

    static String rel(ObjectKey key) {
        return Sql.qualified(key.schema(), key.name());
    }

    static String member(ObjectKey key) {
        return Sql.ident(key.member());
    }

    /** {@code public.f(integer, text)}: the identity arguments are deparsed SQL already. */
    static String signature(ObjectKey key) {
        return rel(key) + "(" + key.member() + ")";
    }

    static String routineWord(Function f) {
        return f.procedure() ? "PROCEDURE" : "FUNCTION";
    }

    /** A catalog word that must be one of a known set before it is written into SQL. */
    static String word(String value, Set<String> allowed, String what) {
        if (value == null || !allowed.contains(value)) {
            throw new PgdriftException("unexpected " + what + " '" + value + "' in the snapshot; take the snapshot "
                    + "with this pgdrift version");
        }
        return value;
    }

    /** A collation name; one that is already quoted or schema-qualified SQL is kept as it is. */
    static String collation(String name) {
        if (name.startsWith("\"") || name.matches("[a-z_][a-z0-9_]*\\.\"?.*")) {
            return name;
        }
        return Sql.ident(name);
    }

    static String grantee(String role) {
        return Grant.PUBLIC.equals(role) ? "PUBLIC" : Sql.ident(role);
    }

    static String roles(List<String> roles) {
        if (roles.isEmpty()) {
            return "PUBLIC";
        }
        return roles.stream().map(Names::grantee).collect(Collectors.joining(", "));
    }
}
