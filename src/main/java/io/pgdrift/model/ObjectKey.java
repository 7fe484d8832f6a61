package io.pgdrift.model;

import java.util.Objects;

/**
 * The stable identity of a schema object: what stays the same between two databases that hold "the same"
 * object, and never an OID.
 *
 * <ul>
 *   <li>schema: {@code schema} is its name, {@code name} and {@code member} are empty;</li>
 *   <li>extension, event trigger: database-wide, {@code schema} empty, {@code name} is the name;</li>
 *   <li>foreign-data wrapper, foreign server, publication, subscription: the same;</li>
 *   <li>user mapping: {@code name} is the server, {@code member} the role ({@code PUBLIC} for everyone);</li>
 *   <li>table, view, sequence, type: {@code schema} and {@code name};</li>
 *   <li>column, constraint, index, trigger, policy: {@code name} is the owning table (or view, or domain for
 *       domain constraints), {@code member} is the member's own name;</li>
 *   <li>function and procedure: {@code member} is the identity argument list as {@code pg_get_function_identity_arguments}
 *       prints it (types only), so overloads are told apart;</li>
 *   <li>operator: {@code member} is its operand types, {@code "integer, integer"} ({@code NONE} for the missing
 *       left operand of a prefix operator), as PostgreSQL tells operators apart;</li>
 *   <li>operator family and class: {@code member} is the access method ({@code btree});</li>
 *   <li>default privileges: {@code name} is the role whose new objects they apply to, {@code schema} the
 *       schema they are limited to (empty for database-wide ones), {@code member} the object type
 *       ({@code tables}, {@code sequences}, {@code functions}, {@code types}, {@code schemas}, {@code large objects}).</li>
 * </ul>
 * Names are kept exactly as stored in the catalog (case, spaces and quotes included); quoting happens only
 * when SQL is written.
 */
public record ObjectKey(ObjectKind kind, String schema, String name, String member) implements Comparable<ObjectKey> {

    public ObjectKey {
        Objects.requireNonNull(kind, "kind");
        schema = schema == null ? "" : schema;
        name = name == null ? "" : name;
        member = member == null ? "" : member;
    }

    public static ObjectKey schema(String schema) {
        return new ObjectKey(ObjectKind.SCHEMA, schema, "", "");
    }

    public static ObjectKey global(ObjectKind kind, String name) {
        return new ObjectKey(kind, "", name, "");
    }

    public static ObjectKey of(ObjectKind kind, String schema, String name) {
        return new ObjectKey(kind, schema, name, "");
    }

    public static ObjectKey member(ObjectKind kind, String schema, String table, String member) {
        return new ObjectKey(kind, schema, table, member);
    }

    /** The key of the relation (table, view, matview) that owns a member; for a relation, itself. */
    public String qualifiedRelation() {
        return schema + "." + name;
    }

    /**
     * Readable identity for reports and the change list: {@code public.users}, {@code public.users.email},
     * {@code public.add(integer, integer)}, {@code pgcrypto}. Not SQL: see the plan's quoting for that.
     */
    public String display() {
        return switch (kind) {
            case SCHEMA -> schema;
            case EXTENSION, EVENT_TRIGGER, ACCESS_METHOD, LANGUAGE, CAST -> name;
            case FOREIGN_DATA_WRAPPER, FOREIGN_SERVER, PUBLICATION, SUBSCRIPTION -> name;
            case USER_MAPPING -> member + " on " + name;
            case FUNCTION, OPERATOR, AGGREGATE -> schema + "." + name + "(" + member + ")";
            case OPERATOR_FAMILY, OPERATOR_CLASS -> schema + "." + name + " using " + member;
            case DEFAULT_PRIVILEGES -> "for role " + name + (schema.isEmpty() ? "" : " in schema " + schema) + " on " + member;
            default -> member.isEmpty() ? schema + "." + name : schema + "." + name + "." + member;
        };
    }

    /** By kind, schema, name, member; written out because snapshots sort and index hundreds of thousands of keys. */
    @Override
    public int compareTo(ObjectKey other) {
        int c = kind.compareTo(other.kind);
        if (c == 0) {
            c = schema.compareTo(other.schema);
        }
        if (c == 0) {
            c = name.compareTo(other.name);
        }
        return c != 0 ? c : member.compareTo(other.member);
    }

    @Override
    public String toString() {
        return kind.label() + " " + display();
    }
}
