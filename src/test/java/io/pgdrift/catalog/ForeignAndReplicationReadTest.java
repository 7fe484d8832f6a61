package io.pgdrift.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.model.Dependency;
import io.pgdrift.model.ForeignDataWrapper;
import io.pgdrift.model.ForeignServer;
import io.pgdrift.model.ForeignTable;
import io.pgdrift.model.ForeignTable.ForeignColumn;
import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Publication;
import io.pgdrift.model.Publication.PublishedTable;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Snapshot;
import io.pgdrift.model.Subscription;
import io.pgdrift.model.UserMapping;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Foreign-data wrappers, servers, user mappings, foreign tables, publications and subscriptions, read field by
 * field on every major tested; a password and a connection string never reach the snapshot, and a
 * role that may only connect sees that a mapping's options are hidden from it rather than that there are none.
 */
class ForeignAndReplicationReadTest {
    private static final String PASSWORD = "pw-never-leaves-the-server";
    private static final String CONNINFO_SECRET = "conninfo-never-leaves-the-server";
    private static final String CONNECT_ONLY = "foreign_read_connect_only";

    static List<Integer> majors() {
        return PostgresServers.versions();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void everyKindIsReadAndNoSecretLeavesTheServer(int major) {
        PgServer server = PostgresServers.server(major);
        TestDatabase db = server.createDatabase("foreign_read").execute("""
                DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'foreign_read_user')
                THEN CREATE ROLE foreign_read_user; END IF; END $$;
                DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'foreign_read_connect_only')
                THEN CREATE ROLE foreign_read_connect_only LOGIN; END IF; END $$;
                CREATE FOREIGN DATA WRAPPER w VALIDATOR postgresql_fdw_validator;
                GRANT USAGE ON FOREIGN DATA WRAPPER w TO foreign_read_user;
                CREATE FOREIGN DATA WRAPPER plain OPTIONS (b '2', a '1');
                COMMENT ON FOREIGN DATA WRAPPER plain IS 'no handler';
                CREATE SERVER s TYPE 'pg' VERSION '9' FOREIGN DATA WRAPPER plain OPTIONS (host 'h.invalid');
                CREATE USER MAPPING FOR foreign_read_user SERVER s OPTIONS (user 'u', password '%s', sslkey '/k');
                CREATE USER MAPPING FOR PUBLIC SERVER s OPTIONS (user 'guest');
                CREATE TYPE mood AS ENUM ('sad', 'ok');
                CREATE FOREIGN TABLE ft (id int NOT NULL DEFAULT 1, m mood OPTIONS (column_name 'x', y 'z'),
                                         t text COLLATE "C") SERVER s OPTIONS (table_name 'remote');
                COMMENT ON COLUMN ft.t IS 'text';
                CREATE VIEW ft_ids AS SELECT id FROM ft;
                CREATE TABLE t1 (id int PRIMARY KEY, v text);
                CREATE PUBLICATION p FOR TABLE t1 WITH (publish = 'insert, delete', publish_via_partition_root = true);
                CREATE PUBLICATION every FOR ALL TABLES;
                CREATE SUBSCRIPTION sub CONNECTION 'host=h.invalid dbname=%s' PUBLICATION p, every
                    WITH (connect = false, slot_name = NONE, synchronous_commit = 'local');
                COMMENT ON SUBSCRIPTION sub IS 'incoming';
                """.formatted(PASSWORD, CONNINFO_SECRET));
        try {
            db.execute("GRANT CONNECT ON DATABASE " + db.name() + " TO " + CONNECT_ONLY);
            Snapshot snapshot = new CatalogReader().read(DatabaseUrl.parse(db.uri()));
            Map<ObjectKey, SchemaObject> objects = snapshot.byKey();

            ObjectKey validator = new ObjectKey(ObjectKind.FUNCTION, "pg_catalog", "postgresql_fdw_validator",
                    "text[], oid");
            assertThat(objects.get(global(ObjectKind.FOREIGN_DATA_WRAPPER, "w"))).isEqualTo(new ForeignDataWrapper(
                    global(ObjectKind.FOREIGN_DATA_WRAPPER, "w"), null, validator, List.of(),
                    List.of(new Grant("foreign_read_user", "USAGE", false)), null));
            assertThat(objects.get(global(ObjectKind.FOREIGN_DATA_WRAPPER, "plain"))).isEqualTo(new ForeignDataWrapper(
                    global(ObjectKind.FOREIGN_DATA_WRAPPER, "plain"), null, null, List.of("b=2", "a=1"), List.of(),
                    "no handler"));
            assertThat(objects.get(global(ObjectKind.FOREIGN_SERVER, "s"))).isEqualTo(new ForeignServer(
                    global(ObjectKind.FOREIGN_SERVER, "s"), "plain", "pg", "9", List.of("host=h.invalid"), List.of(),
                    null));
            ObjectKey mapping = new ObjectKey(ObjectKind.USER_MAPPING, "", "s", "foreign_read_user");
            assertThat(objects.get(mapping)).isEqualTo(new UserMapping(mapping, List.of("user=u", "password", "sslkey"),
                    false));
            ObjectKey publicMapping = new ObjectKey(ObjectKind.USER_MAPPING, "", "s", "PUBLIC");
            assertThat(objects.get(publicMapping)).isEqualTo(new UserMapping(publicMapping, List.of("user=guest"), false));
            ObjectKey table = ObjectKey.of(ObjectKind.FOREIGN_TABLE, "public", "ft");
            assertThat(objects.get(table)).isEqualTo(new ForeignTable(table, "s", List.of(
                    new ForeignColumn("id", "integer", true, "1", null, List.of(), null),
                    new ForeignColumn("m", "public.mood", false, null, null, List.of("column_name=x", "y=z"), null),
                    new ForeignColumn("t", "text", false, null, "\"C\"", List.of(), "text")),
                    List.of("table_name=remote"), List.of(), null));
            assertThat(snapshot.dependencies()).contains(
                    new Dependency(ObjectKey.of(ObjectKind.VIEW, "public", "ft_ids"), table));
            assertThat(objects.get(global(ObjectKind.PUBLICATION, "p"))).isEqualTo(new Publication(
                    global(ObjectKind.PUBLICATION, "p"), false,
                    List.of(new PublishedTable(ObjectKey.of(ObjectKind.TABLE, "public", "t1"), List.of(), null)),
                    List.of(), List.of("insert", "delete"), true, null, null));
            assertThat(objects.get(global(ObjectKind.PUBLICATION, "every"))).isEqualTo(new Publication(
                    global(ObjectKind.PUBLICATION, "every"), true, List.of(), List.of(),
                    List.of("insert", "update", "delete", "truncate"), false, null, null));
            // PostgreSQL 13 lets no role but a superuser read a subscription's options or OID: none are read there
            List<String> options = major >= 18 ? List.of("streaming=parallel", "synchronous_commit=local")
                    : major >= 14 ? List.of("synchronous_commit=local") : List.of();
            assertThat(objects.get(global(ObjectKind.SUBSCRIPTION, "sub"))).isEqualTo(new Subscription(
                    global(ObjectKind.SUBSCRIPTION, "sub"), List.of("p", "every"), options,
                    major >= 14 ? "incoming" : null));
            assertThat(json(snapshot)).doesNotContain(PASSWORD).doesNotContain(CONNINFO_SECRET)
                    .doesNotContain("h.invalid dbname");

            Snapshot connectOnly = new CatalogReader().read(DatabaseUrl.parse(
                    "postgresql://" + CONNECT_ONLY + "@localhost:" + server.port() + "/" + db.name()));
            assertThat(connectOnly.byKey().get(mapping)).isEqualTo(new UserMapping(mapping, List.of(), true));
            assertThat(connectOnly.byKey().get(global(ObjectKind.SUBSCRIPTION, "sub")))
                    .isEqualTo(objects.get(global(ObjectKind.SUBSCRIPTION, "sub")));
            assertThat(connectOnly.byKey().get(table)).isEqualTo(objects.get(table));
        } finally {
            db.drop();
        }
    }

    private static ObjectKey global(ObjectKind kind, String name) {
        return ObjectKey.global(kind, name);
    }

    private static String json(Snapshot snapshot) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SnapshotFile.write(snapshot, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
