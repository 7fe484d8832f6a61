package io.pgdrift.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.model.Constraint;
import io.pgdrift.model.ForeignTable;
import io.pgdrift.model.ForeignTable.ForeignColumn;
import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Trigger;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a foreign table holds beside its columns' definitions, read on every major tested: CHECK constraints and
 * triggers as members of it, its columns' privileges, statistics targets, attribute options and storage, a
 * named NOT NULL (18), and its place as a partition or an inheritance child (whose inherited columns are left
 * to the parent).
 */
class ForeignTableMembersReadTest {

    static List<Integer> majors() {
        return PostgresServers.versions();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("majors")
    void membersColumnSettingsAndParentsAreRead(int major) {
        TestDatabase db = PostgresServers.server(major).createDatabase("ft_members").execute("""
                DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'ft_members_reader')
                THEN CREATE ROLE ft_members_reader; END IF; END $$;
                CREATE FOREIGN DATA WRAPPER w;
                CREATE SERVER s FOREIGN DATA WRAPPER w;
                CREATE FUNCTION noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
                CREATE FOREIGN TABLE ft (id int CONSTRAINT ft_id_required NOT NULL, amount numeric, note text)
                    SERVER s;
                ALTER FOREIGN TABLE ft ADD CONSTRAINT amount_positive CHECK (amount > 0) NOT VALID;
                COMMENT ON CONSTRAINT amount_positive ON ft IS 'no refunds';
                CREATE TRIGGER ft_audit AFTER INSERT ON ft FOR EACH ROW EXECUTE FUNCTION noop();
                ALTER FOREIGN TABLE ft DISABLE TRIGGER ft_audit;
                GRANT SELECT (note), UPDATE (note) ON ft TO ft_members_reader;
                GRANT INSERT (note) ON ft TO CURRENT_USER;
                ALTER FOREIGN TABLE ft ALTER COLUMN amount SET STATISTICS 200,
                    ALTER COLUMN note SET (n_distinct = 10), ALTER COLUMN note SET STORAGE EXTERNAL;
                CREATE TABLE ledger (id int, region text) PARTITION BY LIST (region);
                CREATE FOREIGN TABLE ledger_remote PARTITION OF ledger FOR VALUES IN ('remote') SERVER s;
                CREATE TABLE archive (id int, note text);
                CREATE FOREIGN TABLE archive_remote (origin text) INHERITS (archive) SERVER s;
                """);
        try {
            Map<ObjectKey, SchemaObject> objects = new CatalogReader().read(DatabaseUrl.parse(db.uri())).byKey();

            ObjectKey table = ObjectKey.of(ObjectKind.FOREIGN_TABLE, "public", "ft");
            String notNullName = major >= 18 ? "ft_id_required" : null;
            assertThat(objects.get(table)).isEqualTo(new ForeignTable(table, "s", List.of(
                    new ForeignColumn("id", "integer", true, null, null, List.of(), null, null, null, null, null,
                            notNullName),
                    new ForeignColumn("amount", "numeric", false, null, null, List.of(), null, null, 200, null, null,
                            null),
                    new ForeignColumn("note", "text", false, null, null, List.of(), null, "EXTERNAL", null,
                            List.of("n_distinct=10"), List.of(new Grant(Grant.OWNER, "INSERT", false),
                                    new Grant("ft_members_reader", "SELECT", false),
                                    new Grant("ft_members_reader", "UPDATE", false)), null)),
                    List.of(), List.of(), null));
            ObjectKey check = ObjectKey.member(ObjectKind.CONSTRAINT, "public", "ft", "amount_positive");
            assertThat(objects.get(check)).isEqualTo(new Constraint(check, "CHECK", "CHECK ((amount > (0)::numeric))",
                    false, null, List.of(), null, "no refunds"));
            ObjectKey trigger = ObjectKey.member(ObjectKind.TRIGGER, "public", "ft", "ft_audit");
            assertThat(objects.get(trigger)).isEqualTo(new Trigger(trigger, "CREATE TRIGGER ft_audit AFTER INSERT ON"
                    + " public.ft FOR EACH ROW EXECUTE FUNCTION public.noop()", "DISABLED", null));

            ObjectKey partition = ObjectKey.of(ObjectKind.FOREIGN_TABLE, "public", "ledger_remote");
            assertThat(objects.get(partition)).isEqualTo(new ForeignTable(partition, "s", List.of(), List.of(),
                    List.of(), null, ObjectKey.of(ObjectKind.TABLE, "public", "ledger"), "FOR VALUES IN ('remote')",
                    null));
            ObjectKey child = ObjectKey.of(ObjectKind.FOREIGN_TABLE, "public", "archive_remote");
            assertThat(objects.get(child)).isEqualTo(new ForeignTable(child, "s",
                    List.of(new ForeignColumn("origin", "text", false, null, null, List.of(), null)), List.of(),
                    List.of(), null, null, null, List.of(ObjectKey.of(ObjectKind.TABLE, "public", "archive"))));
        } finally {
            db.drop();
        }
    }
}
