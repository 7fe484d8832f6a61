package io.pgdrift.plan;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.ObjectKey;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quoting of identifiers and literals for the SQL pgdrift writes. Names read from a catalog are never pasted
 * into SQL without going through {@link #ident}; text goes through {@link #literal}.
 */
public final class Sql {

    /** Lower-case ASCII names that need no quotes unless they are keywords. */
    private static final Pattern SIMPLE = Pattern.compile("[a-z_][a-z0-9_]*");

    /**
     * Every PostgreSQL keyword that is not "unreserved" (reserved, type/function-name and column-name
     * keywords, as listed by {@code pg_get_keywords()} on 13 through 18): used as an identifier, each needs
     * quotes somewhere, so pgdrift always quotes them.
     */
    private static final Set<String> KEYWORDS = Set.of(
            // reserved
            "all", "analyse", "analyze", "and", "any", "array", "as", "asc", "asymmetric", "both", "case", "cast",
            "check", "collate", "column", "constraint", "create", "current_catalog", "current_date", "current_role",
            "current_time", "current_timestamp", "current_user", "default", "deferrable", "desc", "distinct", "do",
            "else", "end", "except", "false", "fetch", "for", "foreign", "from", "grant", "group", "having", "in",
            "initially", "intersect", "into", "lateral", "leading", "limit", "localtime", "localtimestamp", "not",
            "null", "offset", "on", "only", "or", "order", "placing", "primary", "references", "returning",
            "select", "session_user", "some", "symmetric", "system_user", "table", "then", "to", "trailing", "true",
            "union", "unique", "user", "using", "variadic", "when", "where", "window", "with",
            // reserved, but allowed as function or type names
            "authorization", "binary", "collation", "concurrently", "cross", "current_schema", "freeze", "full",
            "ilike", "inner", "is", "isnull", "join", "left", "like", "natural", "notnull", "outer", "overlaps",
            "right", "similar", "tablesample", "verbose",
            // not reserved, but not allowed as function or type names
            "between", "bigint", "bit", "boolean", "char", "character", "coalesce", "dec", "decimal", "exists",
            "extract", "float", "greatest", "grouping", "inout", "int", "integer", "interval", "json", "json_array",
            "json_arrayagg", "json_exists", "json_object", "json_objectagg", "json_query", "json_scalar",
            "json_serialize", "json_table", "json_value", "least", "merge_action", "national", "nchar", "none",
            "normalize", "nullif", "numeric", "out", "overlay", "position", "precision", "real", "row", "setof",
            "smallint", "substring", "time", "timestamp", "treat", "trim", "values", "varchar", "xmlattributes",
            "xmlconcat", "xmlelement", "xmlexists", "xmlforest", "xmlnamespaces", "xmlparse", "xmlpi", "xmlroot",
            "xmlserialize", "xmltable");

    private Sql() {
    }

    /** An identifier, in double quotes exactly when PostgreSQL needs them (inner quotes doubled). */
    public static String ident(String name) {
        if (name == null || name.isEmpty()) {
            throw new PgdriftException("cannot write an empty SQL identifier; the snapshot is incomplete, take it again");
        }
        if (SIMPLE.matcher(name).matches() && !KEYWORDS.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** {@code schema.name}, each part quoted as needed. */
    public static String qualified(String schema, String name) {
        return ident(schema) + "." + ident(name);
    }

    /** The schema-qualified name of a key's object (for members: of the table, view or domain they belong to). */
    public static String qualified(ObjectKey key) {
        return qualified(key.schema(), key.name());
    }

    /**
     * A string literal for {@code standard_conforming_strings = on} (the default since 9.1): single quotes
     * doubled, backslashes kept as they are. Null becomes {@code NULL}.
     */
    public static String literal(String text) {
        if (text == null) {
            return "NULL";
        }
        return '\'' + text.replace("'", "''") + '\'';
    }
}
