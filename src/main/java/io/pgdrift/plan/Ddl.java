package io.pgdrift.plan;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.Column;
import io.pgdrift.model.CompositeType;
import io.pgdrift.model.DomainType;
import io.pgdrift.model.EnumType;
import io.pgdrift.model.EventTrigger;
import io.pgdrift.model.Extension;
import io.pgdrift.model.Function;
import io.pgdrift.model.Grant;
import io.pgdrift.model.Index;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.Policy;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Sequence;
import io.pgdrift.model.View;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * SQL text for single objects: names as SQL, CREATE and DROP statements, grants and comments. Names and
 * catalog words go through {@link Sql}; deparsed expressions and definitions from the server are used as
 * they are (they come quoted already).
 */
final class Ddl {

    private static final Set<String> PRIVILEGES = Set.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE",
            "REFERENCES", "TRIGGER", "USAGE", "CREATE", "EXECUTE", "CONNECT", "TEMPORARY", "MAINTAIN");
    private static final Set<String> EVENTS = Set.of("ddl_command_start", "ddl_command_end", "table_rewrite",
            "sql_drop", "login");
    private static final Set<String> POLICY_COMMANDS = Set.of("ALL", "SELECT", "INSERT", "UPDATE", "DELETE");
    private static final Set<String> SEQUENCE_TYPES = Set.of("smallint", "integer", "bigint");
    private static final Pattern INDEX_HEAD = Pattern.compile("^CREATE (UNIQUE )?INDEX (?=ON )");
    private static final Pattern SAFE_OPTION_VALUE = Pattern.compile("[A-Za-z0-9_.\\-]+");
    private static final Pattern OPTION_NAME = Pattern.compile("[a-z_][a-z0-9_.]*");
    private static final Pattern SEQUENCE_OPTIONS = Pattern.compile("[A-Za-z0-9 _\\-]*");

    private Ddl() {
    }

    // ---- names --------------------------------------------------------------------------------------

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

    /** What follows {@code COMMENT ON}. */
    static String commentTarget(SchemaObject object) {
        ObjectKey k = object.key();
        return switch (k.kind()) {
            case SCHEMA -> "SCHEMA " + Sql.ident(k.schema());
            case EXTENSION -> "EXTENSION " + Sql.ident(k.name());
            case ENUM, COMPOSITE_TYPE -> "TYPE " + rel(k);
            case DOMAIN -> "DOMAIN " + rel(k);
            case SEQUENCE -> "SEQUENCE " + rel(k);
            case TABLE -> "TABLE " + rel(k);
            case COLUMN -> "COLUMN " + rel(k) + "." + member(k);
            case CONSTRAINT -> "CONSTRAINT " + member(k) + " ON " + rel(k);
            case INDEX -> "INDEX " + Sql.qualified(k.schema(), k.member());
            case VIEW -> "VIEW " + rel(k);
            case MATERIALIZED_VIEW -> "MATERIALIZED VIEW " + rel(k);
            case FUNCTION -> routineWord((Function) object) + " " + signature(k);
            case TRIGGER -> "TRIGGER " + member(k) + " ON " + rel(k);
            case EVENT_TRIGGER -> "EVENT TRIGGER " + Sql.ident(k.name());
            case POLICY -> "POLICY " + member(k) + " ON " + rel(k);
        };
    }

    static String comment(SchemaObject object, String text) {
        return "COMMENT ON " + commentTarget(object) + " IS " + Sql.literal(text) + ";";
    }

    // ---- grants -------------------------------------------------------------------------------------

    /** What follows {@code GRANT ... ON}, or null for kinds without grants. */
    static String grantTarget(SchemaObject object) {
        ObjectKey k = object.key();
        return switch (k.kind()) {
            case SCHEMA -> "SCHEMA " + Sql.ident(k.schema());
            case TABLE, VIEW, MATERIALIZED_VIEW -> "TABLE " + rel(k);
            case SEQUENCE -> "SEQUENCE " + rel(k);
            case FUNCTION -> routineWord((Function) object) + " " + signature(k);
            default -> null;
        };
    }

    /** REVOKE and GRANT statements that turn the {@code from} privileges into the {@code to} ones. */
    static List<String> grantChanges(String target, List<Grant> from, List<Grant> to) {
        Map<String, Grant> before = byGranteePrivilege(from);
        Map<String, Grant> after = byGranteePrivilege(to);
        List<String> sql = new ArrayList<>();
        for (Map.Entry<String, Grant> e : before.entrySet()) {
            Grant old = e.getValue();
            Grant now = after.get(e.getKey());
            if (now == null) {
                sql.add("REVOKE " + privilege(old) + " ON " + target + " FROM " + grantee(old) + ";");
            } else if (old.grantable() && !now.grantable()) {
                sql.add("REVOKE GRANT OPTION FOR " + privilege(old) + " ON " + target + " FROM " + grantee(old) + ";");
            }
        }
        for (Map.Entry<String, Grant> e : after.entrySet()) {
            Grant now = e.getValue();
            Grant old = before.get(e.getKey());
            if (old == null || (now.grantable() && !old.grantable())) {
                sql.add("GRANT " + privilege(now) + " ON " + target + " TO " + grantee(now)
                        + (now.grantable() ? " WITH GRANT OPTION" : "") + ";");
            }
        }
        return sql;
    }

    private static Map<String, Grant> byGranteePrivilege(List<Grant> grants) {
        Map<String, Grant> map = new java.util.TreeMap<>();
        for (Grant g : grants) {
            map.merge(g.grantee() + "\u0000" + g.privilege(), g, (a, b) -> a.grantable() ? a : b);
        }
        return map;
    }

    private static String privilege(Grant g) {
        return word(g.privilege(), PRIVILEGES, "privilege");
    }

    static String grantee(String role) {
        return Grant.PUBLIC.equals(role) ? "PUBLIC" : Sql.ident(role);
    }

    private static String grantee(Grant g) {
        return grantee(g.grantee());
    }

    /** A catalog word that must be one of a known set before it is written into SQL. */
    static String word(String value, Set<String> allowed, String what) {
        if (value == null || !allowed.contains(value)) {
            throw new PgdriftException("unexpected " + what + " '" + value + "' in the snapshot; take the snapshot "
                    + "with this pgdrift version");
        }
        return value;
    }

    // ---- creates ------------------------------------------------------------------------------------

    /** A column as it appears in CREATE TABLE or ADD COLUMN. */
    static String columnDefinition(Column c) {
        StringBuilder sb = new StringBuilder(member(c.key())).append(' ').append(c.type());
        if (c.collation() != null) {
            sb.append(" COLLATE ").append(collation(c.collation()));
        }
        if (c.generated() != null) {
            sb.append(" GENERATED ALWAYS AS (").append(c.generated()).append(") STORED");
        }
        if (c.identity() != null) {
            sb.append(" GENERATED ").append(word(c.identity(), Set.of("ALWAYS", "BY DEFAULT"), "identity"))
                    .append(" AS IDENTITY");
            if (c.identityOptions() != null && !c.identityOptions().isBlank()) {
                sb.append(" (").append(sequenceOptions(c.identityOptions())).append(')');
            }
        }
        if (c.defaultExpr() != null) {
            sb.append(" DEFAULT ").append(c.defaultExpr());
        }
        if (c.notNull() && c.identity() == null) {
            sb.append(" NOT NULL");
        }
        return sb.toString();
    }

    /** A collation name; one that is already quoted or schema-qualified SQL is kept as it is. */
    static String collation(String name) {
        if (name.startsWith("\"") || name.matches("[a-z_][a-z0-9_]*\\.\"?.*")) {
            return name;
        }
        return Sql.ident(name);
    }

    /** Identity or sequence options as the catalog reader writes them: keywords and numbers only. */
    static String sequenceOptions(String options) {
        if (!SEQUENCE_OPTIONS.matcher(options).matches()) {
            throw new PgdriftException("unexpected identity options '" + options + "' in the snapshot");
        }
        return options.trim();
    }

    /** {@code WITH (a=1, b=x)} storage parameters, or the empty string. */
    static String withOptions(List<String> options) {
        if (options.isEmpty()) {
            return "";
        }
        return " WITH (" + options.stream().map(Ddl::option).collect(Collectors.joining(", ")) + ")";
    }

    static String option(String nameValue) {
        int eq = nameValue.indexOf('=');
        String name = eq < 0 ? nameValue : nameValue.substring(0, eq);
        if (!OPTION_NAME.matcher(name).matches()) {
            throw new PgdriftException("unexpected storage parameter '" + nameValue + "' in the snapshot");
        }
        if (eq < 0) {
            return name;
        }
        String value = nameValue.substring(eq + 1);
        return name + "=" + (SAFE_OPTION_VALUE.matcher(value).matches() ? value : Sql.literal(value));
    }

    static String optionName(String nameValue) {
        int eq = nameValue.indexOf('=');
        String name = eq < 0 ? nameValue : nameValue.substring(0, eq);
        if (!OPTION_NAME.matcher(name).matches()) {
            throw new PgdriftException("unexpected storage parameter '" + nameValue + "' in the snapshot");
        }
        return name;
    }

    static String createIndex(Index index) {
        Matcher m = INDEX_HEAD.matcher(index.definition());
        if (!m.find()) {
            throw new PgdriftException("unexpected index definition of " + index.key().display() + " in the snapshot: "
                    + index.definition());
        }
        return "CREATE " + (m.group(1) == null ? "" : m.group(1)) + "INDEX " + member(index.key()) + " "
                + index.definition().substring(m.end()) + ";";
    }

    static String createView(View view) {
        boolean materialized = view.key().kind() == io.pgdrift.model.ObjectKind.MATERIALIZED_VIEW;
        return "CREATE " + (materialized ? "MATERIALIZED VIEW " : "VIEW ") + rel(view.key())
                + withOptions(view.options()) + " AS\n" + view.definition() + (materialized ? "\nWITH DATA;" : ";");
    }

    static String createFunction(Function f) {
        String definition = f.definition().stripTrailing();
        return definition.endsWith(";") ? definition : definition + ";";
    }

    static String createPolicy(Policy p) {
        StringBuilder sb = new StringBuilder("CREATE POLICY ").append(member(p.key())).append(" ON ")
                .append(rel(p.key())).append(" AS ").append(p.permissive() ? "PERMISSIVE" : "RESTRICTIVE")
                .append(" FOR ").append(word(p.command(), POLICY_COMMANDS, "policy command"))
                .append(" TO ").append(roles(p.roles()));
        if (p.using() != null) {
            sb.append(" USING (").append(p.using()).append(')');
        }
        if (p.withCheck() != null) {
            sb.append(" WITH CHECK (").append(p.withCheck()).append(')');
        }
        return sb.append(';').toString();
    }

    static String roles(List<String> roles) {
        if (roles.isEmpty()) {
            return "PUBLIC";
        }
        return roles.stream().map(Ddl::grantee).collect(Collectors.joining(", "));
    }

    static String createEventTrigger(EventTrigger e) {
        StringBuilder sb = new StringBuilder("CREATE EVENT TRIGGER ").append(Sql.ident(e.key().name())).append(" ON ")
                .append(word(e.event(), EVENTS, "event"));
        if (!e.tags().isEmpty()) {
            sb.append(" WHEN TAG IN (")
                    .append(e.tags().stream().map(Sql::literal).collect(Collectors.joining(", "))).append(')');
        }
        String function = e.function().endsWith("()") ? e.function() : e.function() + "()";
        return sb.append(" EXECUTE FUNCTION ").append(function).append(';').toString();
    }

    static String eventTriggerEnable(EventTrigger e) {
        String how = switch (e.enabled() == null ? "ORIGIN" : e.enabled()) {
            case "DISABLED" -> "DISABLE";
            case "REPLICA" -> "ENABLE REPLICA";
            case "ALWAYS" -> "ENABLE ALWAYS";
            default -> "ENABLE";
        };
        return "ALTER EVENT TRIGGER " + Sql.ident(e.key().name()) + " " + how + ";";
    }

    static String triggerEnable(ObjectKey trigger, String enabled) {
        String how = switch (enabled == null ? "ORIGIN" : enabled) {
            case "DISABLED" -> "DISABLE TRIGGER ";
            case "REPLICA" -> "ENABLE REPLICA TRIGGER ";
            case "ALWAYS" -> "ENABLE ALWAYS TRIGGER ";
            default -> "ENABLE TRIGGER ";
        };
        return "ALTER TABLE " + rel(trigger) + " " + how + member(trigger) + ";";
    }

    static String createSequence(Sequence s) {
        return "CREATE SEQUENCE " + rel(s.key()) + " AS " + word(s.dataType(), SEQUENCE_TYPES, "sequence type")
                + " INCREMENT BY " + s.increment() + " MINVALUE " + s.minValue() + " MAXVALUE " + s.maxValue()
                + " START WITH " + s.start() + " CACHE " + s.cache() + (s.cycle() ? " CYCLE" : " NO CYCLE") + ";";
    }

    static String createEnum(EnumType e) {
        return "CREATE TYPE " + rel(e.key()) + " AS ENUM ("
                + e.labels().stream().map(Sql::literal).collect(Collectors.joining(", ")) + ");";
    }

    static String createDomain(DomainType d, boolean withChecks) {
        StringBuilder sb = new StringBuilder("CREATE DOMAIN ").append(rel(d.key())).append(" AS ").append(d.baseType());
        if (d.collation() != null) {
            sb.append(" COLLATE ").append(collation(d.collation()));
        }
        if (d.defaultExpr() != null) {
            sb.append(" DEFAULT ").append(d.defaultExpr());
        }
        if (d.notNull()) {
            sb.append(" NOT NULL");
        }
        if (withChecks) {
            for (DomainType.DomainCheck check : d.checks()) {
                if (check.validated()) {
                    sb.append(" CONSTRAINT ").append(Sql.ident(check.name())).append(' ').append(check.definition());
                }
            }
        }
        return sb.append(';').toString();
    }

    static String addDomainCheck(DomainType d, DomainType.DomainCheck check) {
        return "ALTER DOMAIN " + rel(d.key()) + " ADD CONSTRAINT " + Sql.ident(check.name()) + " "
                + check.definition() + (check.validated() ? "" : " NOT VALID") + ";";
    }

    static String createComposite(CompositeType c) {
        return "CREATE TYPE " + rel(c.key()) + " AS ("
                + c.attributes().stream().map(Ddl::attribute).collect(Collectors.joining(", ")) + ");";
    }

    static String attribute(CompositeType.Attribute a) {
        return Sql.ident(a.name()) + " " + a.type() + (a.collation() == null ? "" : " COLLATE " + collation(a.collation()));
    }

    static String createExtension(Extension e) {
        return "CREATE EXTENSION IF NOT EXISTS " + Sql.ident(e.key().name())
                + (e.schema() == null ? "" : " SCHEMA " + Sql.ident(e.schema()))
                + (e.version() == null ? "" : " VERSION " + Sql.literal(e.version())) + ";";
    }

    // ---- drops --------------------------------------------------------------------------------------

    static String drop(SchemaObject object) {
        ObjectKey k = object.key();
        return switch (k.kind()) {
            case SCHEMA -> "DROP SCHEMA " + Sql.ident(k.schema()) + ";";
            case EXTENSION -> "DROP EXTENSION " + Sql.ident(k.name()) + ";";
            case ENUM, COMPOSITE_TYPE -> "DROP TYPE " + rel(k) + ";";
            case DOMAIN -> "DROP DOMAIN " + rel(k) + ";";
            case SEQUENCE -> "DROP SEQUENCE " + rel(k) + ";";
            case TABLE -> "DROP TABLE " + rel(k) + ";";
            case COLUMN -> "ALTER TABLE " + rel(k) + " DROP COLUMN " + member(k) + ";";
            case CONSTRAINT -> "ALTER TABLE " + rel(k) + " DROP CONSTRAINT " + member(k) + ";";
            case INDEX -> "DROP INDEX " + Sql.qualified(k.schema(), k.member()) + ";";
            case VIEW -> "DROP VIEW " + rel(k) + ";";
            case MATERIALIZED_VIEW -> "DROP MATERIALIZED VIEW " + rel(k) + ";";
            case FUNCTION -> "DROP " + routineWord((Function) object) + " " + signature(k) + ";";
            case TRIGGER -> "DROP TRIGGER " + member(k) + " ON " + rel(k) + ";";
            case EVENT_TRIGGER -> "DROP EVENT TRIGGER " + Sql.ident(k.name()) + ";";
            case POLICY -> "DROP POLICY " + member(k) + " ON " + rel(k) + ";";
        };
    }

    /** Storage a type has when none is set, for servers before 16 that cannot say SET STORAGE DEFAULT. */
    static String defaultStorage(String type) {
        String t = type.toLowerCase();
        if (t.endsWith("[]") || t.startsWith("text") || t.startsWith("character") || t.startsWith("bytea")
                || t.startsWith("json") || t.startsWith("xml") || t.startsWith("tsvector") || t.startsWith("bit varying")) {
            return "EXTENDED";
        }
        if (t.startsWith("numeric") || t.startsWith("inet") || t.startsWith("cidr")) {
            return "MAIN";
        }
        return "PLAIN";
    }

}
