package io.pgdrift.diff;

import io.pgdrift.model.AccessMethod;
import io.pgdrift.model.Aggregate;
import io.pgdrift.model.Cast;
import io.pgdrift.model.Collation;
import io.pgdrift.model.Column;
import io.pgdrift.model.CompositeType;
import io.pgdrift.model.Constraint;
import io.pgdrift.model.DefaultPrivileges;
import io.pgdrift.model.Conversion;
import io.pgdrift.model.DomainType;
import io.pgdrift.model.EnumType;
import io.pgdrift.model.EventTrigger;
import io.pgdrift.model.Extension;
import io.pgdrift.model.Function;
import io.pgdrift.model.ForeignDataWrapper;
import io.pgdrift.model.ForeignServer;
import io.pgdrift.model.ForeignTable;
import io.pgdrift.model.Grant;
import io.pgdrift.model.Index;
import io.pgdrift.model.Language;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Policy;
import io.pgdrift.model.Rule;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Sequence;
import io.pgdrift.model.Publication;
import io.pgdrift.model.Statistics;
import io.pgdrift.model.Operator;
import io.pgdrift.model.OperatorClass;
import io.pgdrift.model.OperatorFamily;
import io.pgdrift.model.OperatorMember;
import io.pgdrift.model.RangeType;
import io.pgdrift.model.TextSearchConfiguration;
import io.pgdrift.model.TextSearchDictionary;
import io.pgdrift.model.TextSearchParser;
import io.pgdrift.model.TextSearchTemplate;
import io.pgdrift.model.Subscription;
import io.pgdrift.model.UserMapping;
import io.pgdrift.model.SequenceOptions;
import io.pgdrift.model.ServerInfo;
import io.pgdrift.model.Snapshot;
import io.pgdrift.model.Table;
import io.pgdrift.model.Trigger;
import io.pgdrift.model.View;
import io.pgdrift.model.ViewColumn;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Model objects of every kind, built in code, for tests that need snapshots but no database. */
public final class Samples {

    private Samples() {
    }

    public static Snapshot snapshot(SchemaObject... objects) {
        return snapshot(List.of(objects));
    }

    public static Snapshot snapshot(List<SchemaObject> objects) {
        return new Snapshot(Snapshot.FORMAT_VERSION, new ServerInfo(170006, "17.6"), "app", Instant.EPOCH, objects,
                List.of());
    }

    /** One object of every kind, with plausible catalog values. */
    public static List<SchemaObject> everyKind() {
        return List.of(
                new SchemaDef(ObjectKey.schema("app"), List.of(new Grant("reporting", "USAGE", false)), null),
                new Extension(ObjectKey.global(ObjectKind.EXTENSION, "pgcrypto"), "1.3", "public", null),
                new Collation(ObjectKey.of(ObjectKind.COLLATION, "public", "bytes"), "libc", "C", "C", null, true,
                        null, null),
                new EnumType(ObjectKey.of(ObjectKind.ENUM, "public", "mood"), List.of("sad", "ok", "happy"), List.of(),
                        null),
                new DomainType(ObjectKey.of(ObjectKind.DOMAIN, "public", "email"), "text", false, null, null,
                        List.of(new DomainType.DomainCheck("email_check", "CHECK ((VALUE ~~ '%@%'::text))", true, null)),
                        List.of(), null),
                new CompositeType(ObjectKey.of(ObjectKind.COMPOSITE_TYPE, "public", "amount"),
                        List.of(new CompositeType.Attribute("value", "numeric(12,2)", null, null),
                                new CompositeType.Attribute("currency", "character(3)", null, null)), List.of(), null),
                new Sequence(ObjectKey.of(ObjectKind.SEQUENCE, "public", "invoice_no"), "bigint", 1, 1, 1,
                        Long.MAX_VALUE, 1, false, false, null, List.of(), null),
                table("public", "users"),
                column("public", "users", "email", 2, "text"),
                constraint("public", "users", "users_email_key", "UNIQUE (email)"),
                index("public", "users", "users_lower_idx", "CREATE INDEX ON public.users USING btree (lower(email))"),
                new View(ObjectKey.of(ObjectKind.VIEW, "public", "active_users"), "SELECT users.email FROM users",
                        List.of(), List.of(), null),
                new View(ObjectKey.of(ObjectKind.MATERIALIZED_VIEW, "public", "user_counts"),
                        "SELECT count(*) AS count FROM users", List.of(), List.of(), null),
                new Function(new ObjectKey(ObjectKind.FUNCTION, "public", "add", "integer, integer"), false,
                        "a integer, b integer", "integer", "sql", "SELECT a + b", "IMMUTABLE", true, false, false,
                        "SAFE", List.of(), null, null, "CREATE OR REPLACE FUNCTION public.add(a integer, b integer) ...",
                        List.of(), null),
                new Trigger(ObjectKey.member(ObjectKind.TRIGGER, "public", "users", "users_audit"),
                        "CREATE TRIGGER users_audit AFTER UPDATE ON public.users FOR EACH ROW EXECUTE FUNCTION audit()",
                        "ORIGIN", null),
                new EventTrigger(ObjectKey.global(ObjectKind.EVENT_TRIGGER, "log_ddl"), "ddl_command_end",
                        "public.log_ddl", List.of(), "ORIGIN", null),
                new Policy(ObjectKey.member(ObjectKind.POLICY, "public", "users", "own_rows"), "ALL", true,
                        List.of("PUBLIC"), "(owner = CURRENT_USER)", null, null),
                new Statistics(ObjectKey.of(ObjectKind.STATISTICS, "public", "users_stats"),
                        ObjectKey.of(ObjectKind.TABLE, "public", "users"), List.of("ndistinct"), List.of("email", "name"),
                        List.of(), null, null),
                new DefaultPrivileges(ObjectKey.member(ObjectKind.DEFAULT_PRIVILEGES, "public", "app", "tables"),
                        List.of(new Grant("reporting", "SELECT", false)), List.of(), null),
                new RangeType(ObjectKey.of(ObjectKind.RANGE_TYPE, "public", "price_span"), "numeric",
                        "pg_catalog.numeric_ops", null, null, null, null, List.of(), null),
                new TextSearchParser(ObjectKey.of(ObjectKind.TEXT_SEARCH_PARSER, "public", "words"),
                        "pg_catalog.prsd_start", "pg_catalog.prsd_nexttoken", "pg_catalog.prsd_end",
                        "pg_catalog.prsd_lextype", null, null),
                new TextSearchTemplate(ObjectKey.of(ObjectKind.TEXT_SEARCH_TEMPLATE, "public", "plain"),
                        "pg_catalog.dsimple_init", "pg_catalog.dsimple_lexize", null),
                new TextSearchDictionary(ObjectKey.of(ObjectKind.TEXT_SEARCH_DICTIONARY, "public", "plain_en"),
                        "public.plain", List.of("accept = 'false'"), null),
                new TextSearchConfiguration(ObjectKey.of(ObjectKind.TEXT_SEARCH_CONFIGURATION, "public", "docs"),
                        "public.words", List.of(new TextSearchConfiguration.Mapping("asciiword", "public.plain_en")),
                        null),
                new Operator(ObjectKey.member(ObjectKind.OPERATOR, "public", "===", "integer, integer"),
                        "pg_catalog.int4eq", "public.===", null, "pg_catalog.eqsel", "pg_catalog.eqjoinsel", true,
                        false, null),
                new OperatorFamily(ObjectKey.member(ObjectKind.OPERATOR_FAMILY, "public", "abs_ops", "btree"),
                        List.of(), null),
                new OperatorClass(ObjectKey.member(ObjectKind.OPERATOR_CLASS, "public", "abs_ops", "btree"),
                        "integer", false, ObjectKey.member(ObjectKind.OPERATOR_FAMILY, "public", "abs_ops", "btree"),
                        null, List.of(new OperatorMember(true, 3, "integer", "integer", "public.===", null)), null),
                new Conversion(ObjectKey.of(ObjectKind.CONVERSION, "public", "latin_to_utf8"), "LATIN1", "UTF8",
                        "pg_catalog.iso8859_1_to_utf8", false, null),
                new ForeignDataWrapper(ObjectKey.global(ObjectKind.FOREIGN_DATA_WRAPPER, "remote_fdw"), null, null,
                        List.of("abc=1"), List.of(), null),
                new ForeignServer(ObjectKey.global(ObjectKind.FOREIGN_SERVER, "remote"), "remote_fdw", null, "1.0",
                        List.of("abc=example.invalid"), List.of(), null),
                new UserMapping(new ObjectKey(ObjectKind.USER_MAPPING, "", "remote", "PUBLIC"),
                        List.of("abc=app"), false),
                new ForeignTable(ObjectKey.of(ObjectKind.FOREIGN_TABLE, "public", "remote_users"), "remote",
                        List.of(FOREIGN_COLUMN), List.of("abc=users"), List.of(), null),
                new Publication(ObjectKey.global(ObjectKind.PUBLICATION, "changes"), false,
                        List.of(PUBLISHED_TABLE), List.of(), List.of("insert", "update", "delete", "truncate"), false,
                        null, null),
                new Subscription(ObjectKey.global(ObjectKind.SUBSCRIPTION, "incoming"), List.of("a_changes"),
                        List.of("binary=true"), null),
                new AccessMethod(ObjectKey.global(ObjectKind.ACCESS_METHOD, "heap2"), "TABLE", "heap_tableam_handler",
                        null),
                new Language(ObjectKey.global(ObjectKind.LANGUAGE, "plsample"), false, "plsample_call_handler", null,
                        null, List.of(), null),
                new Aggregate(new ObjectKey(ObjectKind.AGGREGATE, "public", "total", "integer"), "integer", "NORMAL",
                        "integer", "int4pl", "integer", null, null, false, null, null, null, null, "0", null, null,
                        null, null, null, false, null, null, null, "SAFE", List.of(), null),
                new Cast(ObjectKey.global(ObjectKind.CAST, "public.amount AS text"), "public.amount", "text", "INOUT",
                        null, "ASSIGNMENT", null),
                new Rule(ObjectKey.member(ObjectKind.RULE, "public", "users", "users_keep"),
                        "CREATE RULE users_keep AS ON DELETE TO public.users DO INSTEAD NOTHING", "ORIGIN", null));
    }

    private static final ForeignTable.ForeignColumn FOREIGN_COLUMN =
            new ForeignTable.ForeignColumn("id", "integer", true, null, null, List.of(), null);
    private static final Publication.PublishedTable PUBLISHED_TABLE =
            new Publication.PublishedTable(ObjectKey.of(ObjectKind.TABLE, "public", "users"), List.of(), null);

    public static Table table(String schema, String name) {
        return new Table(ObjectKey.of(ObjectKind.TABLE, schema, name), false, null, null, null, List.of(), false,
                false, List.of(), List.of(), null, null, List.of(), List.of(), null);
    }

    public static Column column(String schema, String table, String name, int position, String type) {
        return new Column(ObjectKey.member(ObjectKind.COLUMN, schema, table, name), position, type, false, null,
                null, null, null, null, null, null, null, null, null, List.of(), List.of(), null);
    }

    public static Constraint constraint(String schema, String table, String name, String definition) {
        String type = definition.startsWith("PRIMARY KEY") ? "PRIMARY KEY"
                : definition.startsWith("FOREIGN KEY") ? "FOREIGN KEY"
                : definition.startsWith("CHECK") ? "CHECK"
                : definition.startsWith("EXCLUDE") ? "EXCLUDE" : "UNIQUE";
        return new Constraint(ObjectKey.member(ObjectKind.CONSTRAINT, schema, table, name), type, definition, true,
                null, List.of(), null, null);
    }

    public static Index index(String schema, String table, String name, String definition) {
        return new Index(ObjectKey.member(ObjectKind.INDEX, schema, table, name), definition, null);
    }

    /** A copy of a model record with one component replaced. */
    @SuppressWarnings("unchecked")
    public static <T extends SchemaObject> T with(T object, String component, Object value) {
        RecordComponent[] components = object.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(object);
            }
            Constructor<?> constructor = object.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return (T) constructor.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A value of the component's type that differs from {@code current}. */
    public static Object differentValue(RecordComponent component, Object current) {
        Class<?> type = component.getType();
        if (type == boolean.class || type == Boolean.class) {
            return !Boolean.TRUE.equals(current);
        }
        if (type == int.class) {
            return (Integer) current + 1;
        }
        if (type == Integer.class) {
            return current == null ? 100 : (Integer) current + 1;
        }
        if (type == long.class) {
            return (Long) current == Long.MAX_VALUE ? Long.MAX_VALUE - 1 : (Long) current + 1;
        }
        if (type == String.class) {
            return current == null ? "set in staging" : current + " changed";
        }
        if (type == SequenceOptions.class) {
            SequenceOptions set = new SequenceOptions(7L, null, null, null, null, true);
            return set.equals(current) ? SequenceOptions.DEFAULTS : set;
        }
        if (type == ObjectKey.class) {
            return ObjectKey.of(ObjectKind.TABLE, "public", current == null ? "other" : "other_than_before");
        }
        if (type == List.class) {
            List<Object> list = current == null ? new ArrayList<>() : new ArrayList<>((List<?>) current);
            Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            list.add(ELEMENTS.get(element));
            return list;
        }
        throw new IllegalArgumentException("no different value for " + type);
    }

    private static final Map<Class<?>, Object> ELEMENTS = Map.ofEntries(
            Map.entry(String.class, "added"),
            Map.entry(Grant.class, new Grant("auditor", "SELECT", true)),
            Map.entry(ObjectKey.class, ObjectKey.of(ObjectKind.TABLE, "public", "parent")),
            Map.entry(DomainType.DomainCheck.class, new DomainType.DomainCheck("extra_check", "CHECK ((VALUE <> ''::text))", true, null)),
            Map.entry(CompositeType.Attribute.class, new CompositeType.Attribute("note", "text", "C", null)),
            Map.entry(Table.PartitionColumn.class, new Table.PartitionColumn("note", "'x'::text", true)),
            Map.entry(ViewColumn.class, new ViewColumn("note", "'x'::text", "shown")),
            Map.entry(Trigger.CloneState.class, new Trigger.CloneState("public", "users_2025", "DISABLED")),
            Map.entry(Extension.MemberGrants.class, new Extension.MemberGrants("LANGUAGE plpgsql",
                    List.of(new Grant(Grant.PUBLIC, "USAGE", false)), List.of())),
            Map.entry(TextSearchConfiguration.Mapping.class, new TextSearchConfiguration.Mapping("word", "pg_catalog.simple")),
            Map.entry(OperatorMember.class, new OperatorMember(false, 1, "integer", "integer", "public.abs_cmp(integer,integer)",
                    null)),
            Map.entry(ForeignTable.ForeignColumn.class, new ForeignTable.ForeignColumn("note", "text", false, null, null,
                    List.of("column_name=remark"), null)),
            Map.entry(Publication.PublishedTable.class, new Publication.PublishedTable(
                    ObjectKey.of(ObjectKind.TABLE, "public", "orders"), List.of("id"), "(id > 0)")));
}
