package io.pgdrift.online;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.catalog.CatalogReader;
import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.diff.Change;
import io.pgdrift.diff.DiffOptions;
import io.pgdrift.diff.Differ;
import io.pgdrift.diff.ObjectFilter;
import io.pgdrift.model.Snapshot;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.HazardKind;
import io.pgdrift.plan.MigrationMode;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.plan.Planner;
import io.pgdrift.plan.Statement;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * The hazards issue 10 asks to be true, each on one real pair of databases (the lowest major the build tests):
 * the statement that makes the change carries exactly the hazard (or none) a reviewer should read.
 */
@Execution(ExecutionMode.CONCURRENT)
class IssueHazardsTest {
    private static final String TABLE = "CREATE TABLE t (id int PRIMARY KEY, a int, note text, at time(0), "
            + "span interval(2));\n";

    @Test
    void enablingOrDisablingATriggerTakesShareRowExclusiveNotAccessExclusive() {
        String base = TABLE + "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;\n"
                + "CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION f();\n";
        List<Statement> plan = plan(base, base + "ALTER TABLE t DISABLE TRIGGER tr;", MigrationMode.ONLINE);
        Statement disable = statement(plan, "DISABLE TRIGGER");
        assertThat(disable.hazards()).extracting(Hazard::kind).doesNotContain(HazardKind.ACCESS_EXCLUSIVE_LOCK);
        assertThat(disable.hazards()).anySatisfy(h -> assertThat(h.detail()).contains("SHARE ROW EXCLUSIVE"));
    }

    @Test
    void aColumnDroppedAndAddedWithTheSameTypeSuggestsRenameColumn() {
        List<Statement> plan = plan(TABLE, TABLE.replace("note text", "remark text"), MigrationMode.ONLINE);
        Statement drop = statement(plan, "DROP COLUMN note");
        assertThat(drop.hazards()).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo(HazardKind.DATA_LOSS);
            assertThat(h.saferPath()).contains("RENAME COLUMN note TO remark");
        });
    }

    @Test
    void anEnumLabelRemovedAndAddedSuggestsRenameValue() {
        String production = "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\n";
        String staging = "CREATE TYPE mood AS ENUM ('sad', 'fine', 'happy');\n";
        List<Statement> plan = plan(production, staging, MigrationMode.ONLINE);
        assertThat(plan.stream().flatMap(s -> s.hazards().stream()))
                .anySatisfy(h -> assertThat(h.saferPath()).contains("RENAME VALUE 'ok' TO 'fine'"));
    }

    @Test
    void aChangedIndexRebuiltInOneTransactionBlocksReadsAndOnlineItIsBuiltBeside() {
        String production = TABLE + "CREATE INDEX t_a_idx ON t (a);\n";
        String staging = TABLE + "CREATE INDEX t_a_idx ON t (a, id);\n";
        Statement create = statement(plan(production, staging, MigrationMode.TRANSACTIONAL), "CREATE INDEX t_a_idx");
        assertThat(create.hazards()).anySatisfy(h -> {
            assertThat(h.kind()).isEqualTo(HazardKind.ACCESS_EXCLUSIVE_LOCK);
            assertThat(h.detail()).contains("blocks reads and writes until COMMIT");
        });
        List<Statement> online = plan(production, staging, MigrationMode.ONLINE);
        assertThat(online).extracting(Statement::sql).contains(
                "CREATE INDEX CONCURRENTLY t_a_idx_pgdrift_new ON public.t USING btree (a, id);",
                "DROP INDEX CONCURRENTLY public.t_a_idx;",
                "ALTER INDEX public.t_a_idx_pgdrift_new RENAME TO t_a_idx;");
    }

    @Test
    void setNotNullProvenByAValidatedCheckScansNothing() {
        String check = "ALTER TABLE t ADD CONSTRAINT a_present CHECK (a IS NOT NULL);\n";
        List<Statement> plan = plan(TABLE + check, TABLE.replace("a int", "a int NOT NULL") + check,
                MigrationMode.TRANSACTIONAL);
        Statement set = statement(plan, "SET NOT NULL");
        assertThat(set.hazards()).extracting(Hazard::kind).doesNotContain(HazardKind.VALIDATION_SCAN);
        assertThat(set.hazards()).anySatisfy(h -> assertThat(h.detail()).contains("a_present proves it"));
    }

    @Test
    void widerTimeAndIntervalPrecisionAndTextToCitextNeitherRewriteNorLoseData() {
        String production = "CREATE EXTENSION IF NOT EXISTS citext;\n" + TABLE;
        String staging = "CREATE EXTENSION IF NOT EXISTS citext;\n"
                + TABLE.replace("note text", "note citext").replace("time(0)", "time(6)")
                        .replace("interval(2)", "interval(6)");
        List<Statement> plan = plan(production, staging, MigrationMode.ONLINE);
        assertThat(plan).filteredOn(s -> s.sql().contains(" TYPE ")).hasSize(3)
                .allSatisfy(s -> assertThat(s.hazards()).extracting(Hazard::kind)
                        .doesNotContain(HazardKind.TABLE_REWRITE, HazardKind.DATA_LOSS));
    }

    @Test
    void aColumnAddedWithAConstrainedDomainRewritesTheTable() {
        String domain = "CREATE DOMAIN positive AS int CHECK (VALUE > 0);\n";
        List<Statement> plan = plan(domain + TABLE, domain + TABLE.replace("a int,", "a int, b positive,"),
                MigrationMode.ONLINE);
        assertThat(statement(plan, "ADD COLUMN b").hazards()).extracting(Hazard::kind)
                .contains(HazardKind.TABLE_REWRITE);
    }

    @Test
    void policyAndGrantChangesAreAccessControlHazards() {
        String roles = "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'hazard_reader') "
                + "THEN CREATE ROLE hazard_reader; END IF; END $$;\n";
        String staging = roles + TABLE + "GRANT SELECT ON t TO hazard_reader;\n"
                + "CREATE POLICY own ON t USING (a = 1);\n";
        List<Statement> plan = plan(roles + TABLE, staging, MigrationMode.ONLINE);
        for (String sql : List.of("GRANT SELECT", "CREATE POLICY")) {
            assertThat(statement(plan, sql).hazards()).extracting(Hazard::kind).contains(HazardKind.ACCESS_CONTROL);
        }
    }

    private static Statement statement(List<Statement> plan, String sql) {
        Predicate<Statement> matches = s -> s.sql().contains(sql);
        assertThat(plan).as("a statement containing %s", sql).anyMatch(matches);
        return plan.stream().filter(matches).findFirst().orElseThrow();
    }

    /** The statements that take a database holding {@code production} to one holding {@code staging}. */
    private static List<Statement> plan(String production, String staging, MigrationMode mode) {
        PgServer server = PostgresServers.server(PostgresServers.lowest());
        TestDatabase from = server.createDatabase("hz_p").execute(production);
        TestDatabase to = server.createDatabase("hz_s").execute(staging);
        try {
            Snapshot fromSnapshot = new CatalogReader().read(DatabaseUrl.parse(from.uri()));
            Snapshot toSnapshot = new CatalogReader().read(DatabaseUrl.parse(to.uri()));
            List<Change> changes = new Differ().diff(fromSnapshot, toSnapshot, ObjectFilter.ALL, new DiffOptions(false));
            return new Planner().plan(fromSnapshot, toSnapshot, changes,
                    MigrationOptions.DEFAULT.withMode(mode)).statements();
        } finally {
            from.drop();
            to.drop();
        }
    }
}
