package io.pgdrift.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pgdrift.model.Column;
import io.pgdrift.model.CompositeType;
import io.pgdrift.model.Constraint;
import io.pgdrift.model.DefaultPrivileges;
import io.pgdrift.model.Dependency;
import io.pgdrift.model.DomainType;
import io.pgdrift.model.EnumType;
import io.pgdrift.model.EventTrigger;
import io.pgdrift.model.Extension;
import io.pgdrift.model.Function;
import io.pgdrift.model.Grant;
import io.pgdrift.model.Index;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Policy;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Sequence;
import io.pgdrift.model.SequenceOptions;
import io.pgdrift.model.Snapshot;
import io.pgdrift.model.Table;
import io.pgdrift.model.Trigger;
import io.pgdrift.model.View;
import io.pgdrift.testing.PostgresServers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each kind read from the rich test schema, field by field, on the lowest and the highest supported major. */
class CatalogReaderKindsTest {
    private static final String READER = RichSchema.READER_ROLE;
    private static final String ORDERS = "Order Lines \"2024\"";

    static List<Integer> majors() {
        return PostgresServers.ends();
    }

    private static Map<ObjectKey, SchemaObject> read(int major) {
        Snapshot snapshot = RichSchema.sharedSnapshot(PostgresServers.server(major));
        assertThat(snapshot.server().major()).isEqualTo(major);
        assertThat(snapshot.database()).startsWith("rich_" + major);
        return snapshot.byKey();
    }

    private static ObjectKey of(ObjectKind kind, String name) {
        return ObjectKey.of(kind, "app", name);
    }

    private static ObjectKey member(ObjectKind kind, String table, String member) {
        return ObjectKey.member(kind, "app", table, member);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void schemasExtensionsAndSystemObjectsLeftOut(int major) {
        Map<ObjectKey, SchemaObject> objects = read(major);
        assertThat(objects.get(ObjectKey.schema("app"))).isEqualTo(new SchemaDef(ObjectKey.schema("app"),
                List.of(new Grant(READER, "USAGE", false)), "application schema"));
        assertThat(objects.get(ObjectKey.schema("Sales & \"Ops\""))).isEqualTo(
                new SchemaDef(ObjectKey.schema("Sales & \"Ops\""), List.of(), null));
        assertThat(objects.get(ObjectKey.schema("public"))).isEqualTo(new SchemaDef(ObjectKey.schema("public"),
                List.of(new Grant(Grant.PUBLIC, "USAGE", false)), "standard public schema"));
        assertThat(objects.get(ObjectKey.global(ObjectKind.EXTENSION, "uuid-ossp"))).isEqualTo(new Extension(
                ObjectKey.global(ObjectKind.EXTENSION, "uuid-ossp"), "1.1", "public",
                "generate universally unique identifiers (UUIDs)"));
        assertThat(objects.keySet()).noneMatch(k -> k.schema().startsWith("pg_") || k.schema().equals("information_schema"))
                .noneMatch(k -> k.name().startsWith("uuid_generate"));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void types(int major) {
        Map<ObjectKey, SchemaObject> objects = read(major);
        assertThat(objects.get(of(ObjectKind.ENUM, "mood"))).isEqualTo(new EnumType(of(ObjectKind.ENUM, "mood"),
                List.of("sad", "ok", "happy", "très bien"), List.of(new Grant(READER, "USAGE", false)), "how it went"));
        assertThat(objects.get(of(ObjectKind.DOMAIN, "email"))).isEqualTo(new DomainType(of(ObjectKind.DOMAIN, "email"),
                "text", true, "'nobody@example.com'::text", "\"C\"",
                List.of(new DomainType.DomainCheck("email_has_at", "CHECK ((VALUE ~~ '%@%'::text))", true, "needs an at")),
                List.of(new Grant(Grant.PUBLIC, "USAGE", false)), null));
        assertThat(objects.get(of(ObjectKind.DOMAIN, "positive"))).isEqualTo(new DomainType(
                of(ObjectKind.DOMAIN, "positive"), "numeric(10,2)", false, null, null, List.of(
                        new DomainType.DomainCheck("below_million", "CHECK ((VALUE < (1000000)::numeric))", false, null),
                        new DomainType.DomainCheck("positive_check", "CHECK ((VALUE > (0)::numeric))", true, null)),
                List.of(new Grant(Grant.PUBLIC, "USAGE", false)), null));
        assertThat(objects.get(of(ObjectKind.COMPOSITE_TYPE, "address"))).isEqualTo(new CompositeType(
                of(ObjectKind.COMPOSITE_TYPE, "address"), List.of(new CompositeType.Attribute("street", "text", null, null),
                new CompositeType.Attribute("city", "character varying(80)", "\"C\"", null),
                new CompositeType.Attribute("zip", "character(5)", null, "postal code")),
                List.of(new Grant(Grant.PUBLIC, "USAGE", false)), null));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void sequencesButNotIdentitySequences(int major) {
        Map<ObjectKey, SchemaObject> objects = read(major);
        assertThat(objects.get(of(ObjectKind.SEQUENCE, "invoice_no"))).isEqualTo(new Sequence(
                of(ObjectKind.SEQUENCE, "invoice_no"), "bigint", 1000, 5, 1000, 99999999, 1, true, false, null,
                List.of(new Grant(READER, "USAGE", false)), "invoice numbers"));
        assertThat(objects.get(of(ObjectKind.SEQUENCE, "users_id_seq"))).isEqualTo(new Sequence(
                of(ObjectKind.SEQUENCE, "users_id_seq"), "integer", 1, 1, 1, Integer.MAX_VALUE, 1, false, false,
                member(ObjectKind.COLUMN, "users", "id"), List.of(), null));
        assertThat(objects.keySet()).filteredOn(k -> k.kind() == ObjectKind.SEQUENCE).hasSize(2);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void tables(int major) {
        Map<ObjectKey, SchemaObject> objects = read(major);
        assertThat(objects.get(of(ObjectKind.TABLE, "users"))).isEqualTo(new Table(of(ObjectKind.TABLE, "users"),
                false, null, null, null, List.of(), true, true, List.of(), List.of(), "FULL", "users_lower_name", List.of(),
                List.of(new Grant(READER, "INSERT", false), new Grant(READER, "SELECT", false)), "people"));
        assertThat(objects.get(of(ObjectKind.TABLE, ORDERS))).isEqualTo(new Table(of(ObjectKind.TABLE, ORDERS),
                false, null, null, null, List.of(), false, false, List.of(), List.of(), null, null, List.of(),
                List.of(new Grant(READER, "UPDATE", true)), null));
        assertThat(objects.get(of(ObjectKind.TABLE, "cache"))).isEqualTo(new Table(of(ObjectKind.TABLE, "cache"),
                true, null, null, null, List.of(), false, false, List.of("fillfactor=70", "autovacuum_enabled=false"),
                List.of("autovacuum_enabled=false"), "USING INDEX cache_pkey", null, List.of(),
                List.of(new Grant(Grant.PUBLIC, "SELECT", false)), null));
        assertThat(objects.get(of(ObjectKind.TABLE, "events"))).isEqualTo(new Table(of(ObjectKind.TABLE, "events"),
                false, "RANGE (at)", null, null, List.of(), false, false, List.of(), List.of(), null, null, List.of(), List.of(),
                null));
        assertThat(objects.get(of(ObjectKind.TABLE, "events_2024"))).isEqualTo(new Table(
                of(ObjectKind.TABLE, "events_2024"), false, null, of(ObjectKind.TABLE, "events"),
                "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')", List.of(), false, false, List.of(), List.of(), null, null,
                List.of(new Table.PartitionColumn("payload", "'{}'::jsonb", false)), List.of(), null));
        assertThat(((Table) objects.get(of(ObjectKind.TABLE, "events_default"))).partitionBound()).isEqualTo("DEFAULT");
        assertThat(objects.get(of(ObjectKind.TABLE, "dog"))).isEqualTo(new Table(of(ObjectKind.TABLE, "dog"), false,
                null, null, null, List.of(of(ObjectKind.TABLE, "animal")), false, false, List.of(), List.of(), null, null,
                List.of(), List.of(), null));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void columns(int major) {
        Map<ObjectKey, SchemaObject> objects = read(major);
        ObjectKey id = member(ObjectKind.COLUMN, "users", "id");
        assertThat(objects.get(id)).isEqualTo(new Column(id, 1, "integer", true,
                "nextval('app.users_id_seq'::regclass)", null, null, null, null, null, null, null, null, null, List.of(), List.of(), null));
        ObjectKey email = member(ObjectKind.COLUMN, "users", "E-mail");
        assertThat(objects.get(email)).isEqualTo(new Column(email, 2, "app.email", false, null, null, null, null,
                null, null, null, null, null, null, List.of(), List.of(), "primary address"));
        ObjectKey name = member(ObjectKind.COLUMN, "users", "name");
        assertThat(objects.get(name)).isEqualTo(new Column(name, 4, "character varying(40)", true, null, null, null,
                null, "\"C\"", null, null, null, null, null, List.of(), List.of(), null));
        ObjectKey bio = member(ObjectKind.COLUMN, "users", "bio");
        assertThat(objects.get(bio)).isEqualTo(new Column(bio, 5, "text", false, null, null, null, null, null,
                "EXTERNAL", null, null, null, null, List.of(), List.of(), null));
        ObjectKey slug = member(ObjectKind.COLUMN, "users", "slug");
        assertThat(objects.get(slug)).isEqualTo(new Column(slug, 9, "text", false, null, null, null,
                "app.slugify((name)::text)", null, null, null, null, null, null, List.of(), List.of(), null));
        ObjectKey lineId = member(ObjectKind.COLUMN, ORDERS, "line_id");
        assertThat(objects.get(lineId)).isEqualTo(new Column(lineId, 1, "bigint", true, null, "ALWAYS",
                new SequenceOptions(100L, 10L, null, null, null, false), null, null, null, null, null, null, null, List.of(),
                List.of(), null));
        ObjectKey qty = member(ObjectKind.COLUMN, ORDERS, "qty");
        assertThat(objects.get(qty)).isEqualTo(new Column(qty, 4, "integer", true, null, "BY DEFAULT", null, null,
                null, null, null, null, null, null, List.of(), List.of(new Grant(READER, "SELECT", false)), null));
        ObjectKey afterDropped = member(ObjectKind.COLUMN, "shrunk", "b");
        assertThat(objects.get(afterDropped)).isEqualTo(new Column(afterDropped, 2, "integer", false, null, null, null,
                null, null, null, null, null, null, null, List.of(), List.of(), null));
        assertThat(objects).containsKey(member(ObjectKind.COLUMN, ORDERS, "ñandú"))
                .containsKey(member(ObjectKind.COLUMN, "user", "Mixed Case"))
                .containsKey(member(ObjectKind.COLUMN, "dog", "good"))
                .doesNotContainKey(member(ObjectKind.COLUMN, "dog", "name"))
                .doesNotContainKey(member(ObjectKind.COLUMN, "events_2024", "id"));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void columnPropertiesSetByAlterTable(int major) {
        Map<ObjectKey, SchemaObject> objects = read(major);
        assertThat(((Column) objects.get(member(ObjectKind.COLUMN, "cache", "v"))).statistics()).isEqualTo(500);
        assertThat(((Column) objects.get(member(ObjectKind.COLUMN, "cache", "k"))).statistics()).isNull();
        assertThat(((Column) objects.get(member(ObjectKind.COLUMN, ORDERS, "note"))).grants()).containsExactly(
                new Grant(READER, "SELECT", false), new Grant(READER, "UPDATE", false));
        assertThat(((Column) objects.get(member(ObjectKind.COLUMN, ORDERS, "qty"))).grants()).containsExactly(
                new Grant(READER, "SELECT", false));
        ObjectKey body = ObjectKey.member(ObjectKind.COLUMN, "modern", "docs", "body");
        if (major >= 14) {
            assertThat(((Column) objects.get(body)).compression()).isEqualTo("pglz");
            assertThat(((Column) objects.get(ObjectKey.member(ObjectKind.COLUMN, "modern", "docs", "id")))
                    .compression()).isNull();
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void constraintIndexOptionsCommentsAndFunctionCosts(int major) {
        Map<ObjectKey, SchemaObject> objects = read(major);
        Constraint key = (Constraint) objects.get(member(ObjectKind.CONSTRAINT, "cache", "cache_pkey"));
        assertThat(key.indexOptions()).containsExactly("fillfactor=80");
        assertThat(key.indexComment()).isEqualTo("cache keys");
        Function numbers = (Function) objects.get(new ObjectKey(ObjectKind.FUNCTION, "app", "numbers", ""));
        assertThat(numbers.rows()).isEqualTo("10");
        assertThat(numbers.cost()).isNull();
        assertThat(((EventTrigger) objects.get(ObjectKey.global(ObjectKind.EVENT_TRIGGER, "audit ddl"))).tags())
                .as("tags in the order they were declared").containsExactly("CREATE TABLE", "ALTER TABLE");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void constraints(int major) {
        Map<ObjectKey, SchemaObject> objects = read(major);
        ObjectKey fk = member(ObjectKind.CONSTRAINT, ORDERS, ORDERS + "_user_id_fkey");
        assertThat(objects.get(fk)).isEqualTo(new Constraint(fk, "FOREIGN KEY",
                "FOREIGN KEY (user_id) REFERENCES app.users(id) ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED", true,
                of(ObjectKind.TABLE, "users"), List.of(), null, null));
        ObjectKey notValid = member(ObjectKind.CONSTRAINT, ORDERS, "qty_positive");
        assertThat(objects.get(notValid)).isEqualTo(new Constraint(notValid, "CHECK", "CHECK ((qty > 0))", false,
                null, List.of(), null, null));
        ObjectKey check = member(ObjectKind.CONSTRAINT, "users", "name_not_blank");
        assertThat(objects.get(check)).isEqualTo(new Constraint(check, "CHECK",
                "CHECK (((name)::text <> ''::text))", true, null, List.of(), null, "no blanks"));
        ObjectKey exclusion = member(ObjectKind.CONSTRAINT, "bookings", "bookings_during_excl");
        assertThat(objects.get(exclusion)).isEqualTo(new Constraint(exclusion, "EXCLUDE",
                "EXCLUDE USING gist (during WITH &&)", true, null, List.of(), null, null));
        ObjectKey unique = member(ObjectKind.CONSTRAINT, "users", "users_E-mail_key");
        assertThat(objects.get(unique)).isEqualTo(new Constraint(unique, "UNIQUE", "UNIQUE (\"E-mail\")", true,
                null, List.of(), null, null));
        assertThat(objects.get(member(ObjectKind.CONSTRAINT, "events", "events_pkey")))
                .extracting(o -> ((Constraint) o).definition()).isEqualTo("PRIMARY KEY (id, at)");
        // the partition's copy is listed under the parent's key by its name, not read as a constraint of its own
        assertThat(objects.get(member(ObjectKind.CONSTRAINT, "events", "events_pkey")))
                .extracting(o -> ((Constraint) o).attached())
                .isEqualTo(List.of(member(ObjectKind.CONSTRAINT, "events_2024", "events_2024_pkey"),
                        member(ObjectKind.CONSTRAINT, "events_default", "events_default_pkey")));
        assertThat(objects.keySet()).filteredOn(k -> k.kind() == ObjectKind.CONSTRAINT)
                .noneMatch(k -> k.name().equals("events_2024") || k.name().equals("dog"))
                .noneMatch(k -> k.member().endsWith("_not_null"));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void indexesButNotConstraintOrPartitionIndexes(int major) {
        Map<ObjectKey, SchemaObject> objects = read(major);
        ObjectKey lower = member(ObjectKind.INDEX, "users", "users_lower_name");
        assertThat(objects.get(lower)).isEqualTo(new Index(lower,
                "CREATE UNIQUE INDEX ON app.users USING btree (lower((name)::text) text_pattern_ops)", "case-insensitive"));
        ObjectKey partial = member(ObjectKind.INDEX, ORDERS, ORDERS + "_user_id_note_idx");
        assertThat(objects.get(partial)).isEqualTo(new Index(partial,
                "CREATE INDEX ON app.\"Order Lines \"\"2024\"\"\" USING btree (user_id) INCLUDE (note) WHERE (note IS NOT NULL)",
                null));
        ObjectKey partitioned = member(ObjectKind.INDEX, "events", "events_payload");
        // the partition's index attached to it is not an object of its own, but is listed under its name
        assertThat(objects.get(partitioned)).isEqualTo(new Index(partitioned,
                "CREATE INDEX ON app.events USING gin (payload)", null, false, List.of(),
                List.of(member(ObjectKind.INDEX, "events_2024", "events_2024_payload_idx"),
                        member(ObjectKind.INDEX, "events_default", "events_default_payload_idx"))));
        ObjectKey onMatview = member(ObjectKind.INDEX, "user_counts", "user_counts_mood_idx");
        assertThat(objects).containsKey(onMatview);
        // an index over a user operator class, and one over a user text search configuration
        assertThat(((Index) objects.get(member(ObjectKind.INDEX, "offers", "offers_id_abs_idx"))).definition())
                .contains("(id app.abs_ops)");
        assertThat(((Index) objects.get(member(ObjectKind.INDEX, "offers", "offers_label_fts_idx"))).definition())
                .contains("'app.\"Docs\"'::regconfig");
        assertThat(objects.keySet()).filteredOn(k -> k.kind() == ObjectKind.INDEX).hasSize(6);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void viewsInTheForm16Prints(int major) {
        Map<ObjectKey, SchemaObject> objects = read(major);
        ObjectKey slugs = of(ObjectKind.VIEW, "slugs");
        assertThat(objects.get(slugs)).isEqualTo(new View(slugs,
                "SELECT app.slugify((name)::text) AS s, 'it''s  two  spaces'::text AS lit, name FROM app.users"
                        + " WHERE ((name)::text ~~ 'a%'::text)", List.of("check_option=local"), List.of(), null));
        ObjectKey active = of(ObjectKind.VIEW, "active_users");
        assertThat(objects.get(active)).isEqualTo(new View(active,
                "SELECT u.id, u.name, count(l.line_id) AS lines FROM (app.users u LEFT JOIN app.\"Order Lines \"\"2024\"\"\" l"
                        + " ON ((l.user_id = u.id))) WHERE (u.\"select\" IS DISTINCT FROM 'x'::text) GROUP BY u.id, u.name",
                List.of("security_barrier=true"), List.of(new Grant(READER, "SELECT", false)), "users with orders"));
        ObjectKey nested = of(ObjectKind.VIEW, "nested");
        assertThat(((View) objects.get(nested)).definition()).isEqualTo("SELECT s.s, (SELECT max(users.id) AS max"
                + " FROM app.users) AS top FROM app.slugs s UNION ALL SELECT 'x'::text AS s, 1 AS top");
        ObjectKey counts = of(ObjectKind.MATERIALIZED_VIEW, "user_counts");
        assertThat(objects.get(counts)).isEqualTo(new View(counts,
                "SELECT mood, count(*) AS n FROM app.users GROUP BY mood", List.of(), List.of(), null));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void functionsAndProcedures(int major) {
        Map<ObjectKey, SchemaObject> objects = read(major);
        ObjectKey secure = new ObjectKey(ObjectKind.FUNCTION, "app", "secure", "");
        Function fn = (Function) objects.get(secure);
        assertThat(fn).isEqualTo(new Function(secure, false, "", "integer", "sql", "SELECT 1", "VOLATILE", false,
                true, true, "UNSAFE", List.of("search_path=pg_catalog, app", "work_mem=64MB"), null, null, fn.definition(),
                List.of(new Grant(READER, "EXECUTE", false)), null));
        assertThat(fn.definition()).startsWith("CREATE OR REPLACE FUNCTION app.secure()");
        ObjectKey slugify = new ObjectKey(ObjectKind.FUNCTION, "app", "slugify", "t text");
        Function slug = (Function) objects.get(slugify);
        assertThat(slug).isEqualTo(new Function(slugify, false, "t text", "text", "sql",
                "SELECT lower(regexp_replace(t, '[^a-z0-9]+', '-', 'gi'))", "IMMUTABLE", true, false, false, "SAFE",
                List.of(), "5", null, slug.definition(), List.of(new Grant(Grant.PUBLIC, "EXECUTE", false)), null));
        ObjectKey overloadInt = new ObjectKey(ObjectKind.FUNCTION, "Sales & \"Ops\"", "add", "a integer, b integer");
        ObjectKey overloadNum = new ObjectKey(ObjectKind.FUNCTION, "Sales & \"Ops\"", "add", "a numeric, b numeric");
        assertThat(((Function) objects.get(overloadInt)).arguments()).isEqualTo("a integer, b integer DEFAULT 1");
        assertThat(((Function) objects.get(overloadNum)).comment()).isEqualTo("adds");
        ObjectKey archive = new ObjectKey(ObjectKind.FUNCTION, "app", "archive", "days integer");
        Function procedure = (Function) objects.get(archive);
        assertThat(procedure.procedure()).isTrue();
        assertThat(procedure.arguments()).isEqualTo("days integer");
        assertThat(procedure.result()).isNull();
        assertThat(procedure.body()).isEqualTo("BEGIN PERFORM days; END");
        assertThat(((Function) objects.get(new ObjectKey(ObjectKind.FUNCTION, "app", "touch", ""))).body())
                .isEqualTo("BEGIN\n    NEW.updated_at := now();\n    RETURN NEW;\nEND");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void sqlStandardFunctionBodies(int major) {
        assumeTrue(major >= 14, "SQL-standard function bodies (BEGIN ATOMIC) exist from PostgreSQL 14 on");
        Function atomic = (Function) read(major).get(new ObjectKey(ObjectKind.FUNCTION, "modern", "user_count", ""));
        assertThat(atomic.body()).isEqualTo(
                "BEGIN ATOMIC SELECT count(*) AS count FROM app.users WHERE ((users.name)::text <> 'x'::text); END");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void triggersEventTriggersAndPolicies(int major) {
        Map<ObjectKey, SchemaObject> objects = read(major);
        ObjectKey touch = member(ObjectKind.TRIGGER, "users", "users_touch");
        assertThat(objects.get(touch)).isEqualTo(new Trigger(touch, "CREATE TRIGGER users_touch BEFORE UPDATE ON"
                + " app.users FOR EACH ROW WHEN (((old.name)::text IS DISTINCT FROM (new.name)::text))"
                + " EXECUTE FUNCTION app.touch()", "DISABLED", "keeps updated_at"));
        assertThat(objects.keySet()).filteredOn(k -> k.kind() == ObjectKind.TRIGGER)
                .containsExactlyInAnyOrder(touch, member(ObjectKind.TRIGGER, "events", "events_touch"));
        ObjectKey ddl = ObjectKey.global(ObjectKind.EVENT_TRIGGER, "audit ddl");
        assertThat(objects.get(ddl)).isEqualTo(new EventTrigger(ddl, "ddl_command_end", "app.audit_ddl",
                List.of("CREATE TABLE", "ALTER TABLE"), "DISABLED", "records DDL"));
        ObjectKey own = member(ObjectKind.POLICY, "users", "own rows");
        assertThat(objects.get(own)).isEqualTo(new Policy(own, "UPDATE", true, List.of(READER),
                "((name)::text = CURRENT_USER)", "((name)::text = CURRENT_USER)", null));
        ObjectKey reads = member(ObjectKind.POLICY, "users", "everyone_reads");
        assertThat(objects.get(reads)).isEqualTo(new Policy(reads, "SELECT", false, List.of(Grant.PUBLIC), "true",
                null, "restrictive read"));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void dependenciesBetweenComparedObjects(int major) {
        Snapshot snapshot = RichSchema.sharedSnapshot(PostgresServers.server(major));
        assertThat(snapshot.dependencies()).contains(
                new Dependency(of(ObjectKind.VIEW, "slugs"), member(ObjectKind.COLUMN, "users", "name")),
                new Dependency(of(ObjectKind.VIEW, "slugs"), new ObjectKey(ObjectKind.FUNCTION, "app", "slugify", "t text")),
                new Dependency(of(ObjectKind.VIEW, "nested"), of(ObjectKind.VIEW, "slugs")),
                new Dependency(of(ObjectKind.MATERIALIZED_VIEW, "user_counts"), member(ObjectKind.COLUMN, "users", "mood")),
                new Dependency(member(ObjectKind.COLUMN, "users", "id"), of(ObjectKind.SEQUENCE, "users_id_seq")),
                new Dependency(member(ObjectKind.COLUMN, "users", "invoice"), of(ObjectKind.SEQUENCE, "invoice_no")),
                new Dependency(member(ObjectKind.COLUMN, "users", "mood"), of(ObjectKind.ENUM, "mood")),
                new Dependency(member(ObjectKind.COLUMN, "users", "slug"),
                        new ObjectKey(ObjectKind.FUNCTION, "app", "slugify", "t text")),
                new Dependency(member(ObjectKind.TRIGGER, "users", "users_touch"),
                        new ObjectKey(ObjectKind.FUNCTION, "app", "touch", "")),
                new Dependency(ObjectKey.global(ObjectKind.EVENT_TRIGGER, "audit ddl"),
                        new ObjectKey(ObjectKind.FUNCTION, "app", "audit_ddl", "")),
                new Dependency(member(ObjectKind.CONSTRAINT, ORDERS, ORDERS + "_user_id_fkey"),
                        member(ObjectKind.CONSTRAINT, "users", "users_pkey")),
                new Dependency(of(ObjectKind.TABLE, "dog"), of(ObjectKind.TABLE, "animal")));
        assertThat(snapshot.dependencies()).allMatch(d -> !d.dependent().equals(d.referenced()))
                .isSortedAccordingTo(java.util.Comparator.comparing(Dependency::dependent)
                        .thenComparing(Dependency::referenced));
        Map<ObjectKey, SchemaObject> objects = snapshot.byKey();
        assertThat(snapshot.dependencies()).allMatch(d -> objects.containsKey(d.dependent())
                && objects.containsKey(d.referenced()));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void defaultPrivilegesAsTheirDifferenceFromTheBuiltInDefault(int major) {
        Map<ObjectKey, SchemaObject> objects = read(major);
        ObjectKey functions = ObjectKey.member(ObjectKind.DEFAULT_PRIVILEGES, "", "postgres", "functions");
        ObjectKey tables = ObjectKey.member(ObjectKind.DEFAULT_PRIVILEGES, "app", "postgres", "tables");
        ObjectKey sequences = ObjectKey.member(ObjectKind.DEFAULT_PRIVILEGES, "app", READER, "sequences");
        // database-wide: the owner's own EXECUTE is the built-in default, so only what PUBLIC lost is read
        assertThat(objects.get(functions)).isEqualTo(new DefaultPrivileges(functions, List.of(),
                List.of(new Grant(Grant.PUBLIC, "EXECUTE", false)), null));
        assertThat(objects.get(tables)).isEqualTo(new DefaultPrivileges(tables,
                List.of(new Grant(READER, "SELECT", false)), List.of(), null));
        assertThat(objects.get(sequences)).isEqualTo(new DefaultPrivileges(sequences,
                List.of(new Grant(READER, "USAGE", true)), List.of(), null));
        assertThat(objects.keySet().stream().filter(k -> k.kind() == ObjectKind.DEFAULT_PRIVILEGES)).hasSize(3);
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void aPrivilegeTheOwnerGaveUpIsReadWhateverTheOwnerIsCalled(int major) {
        Table readings = (Table) read(major).get(of(ObjectKind.TABLE, "readings"));
        assertThat(readings.grants()).containsExactly(new Grant(Grant.OWNER_LACKS, "TRUNCATE", false));
        Table users = (Table) read(major).get(of(ObjectKind.TABLE, "users"));
        assertThat(users.grants()).noneMatch(g -> g.grantee().equals(Grant.OWNER_LACKS));
    }
}
