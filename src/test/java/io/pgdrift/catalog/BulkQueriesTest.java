package io.pgdrift.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Snapshot;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading does a fixed number of queries, whatever the number of tables: no per-object round trips. */
class BulkQueriesTest {
    /**
     * Server version, which rarer kinds are present, one query per kind file that every database runs (schemas,
     * extensions, sequences, tables, columns, constraints, indexes, views and materialized views, functions,
     * triggers: neither schema below holds a rarer kind), dependencies, relation sizes, the count of what is not
     * compared, and owners.
     */
    private static final int QUERIES = 1 + 1 + 10 + 1 + 1 + 1 + 1;

    /** Every SQL text the reader sends through one connection. */
    private static final class Recorder {
        final List<String> executed = new ArrayList<>();

        Connection wrap(Connection connection) {
            return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().startsWith("prepare")) {
                            executed.add((String) args[0]);
                        }
                        Object result = invoke(connection, method, args);
                        return result instanceof Statement statement && method.getName().equals("createStatement")
                                ? wrap(statement) : result;
                    });
        }

        private Statement wrap(Statement statement) {
            return (Statement) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Statement.class},
                    (proxy, method, args) -> {
                        if (method.getName().startsWith("execute")) {
                            executed.add((String) args[0]);
                        }
                        return invoke(statement, method, args);
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    private static List<String> queriesToRead(TestDatabase db) throws SQLException {
        Recorder recorder = new Recorder();
        try (Connection connection = db.connect()) {
            Snapshot snapshot = new CatalogReader().read(recorder.wrap(connection));
            assertThat(snapshot.objects()).isNotEmpty();
        }
        return recorder.executed;
    }

    @Test
    void queryCountDoesNotGrowWithTheSchema() throws SQLException {
        var server = PostgresServers.server(PostgresServers.lowest());
        TestDatabase small = server.createDatabase("bulk_small").execute("CREATE TABLE t0 (id int PRIMARY KEY)");
        StringBuilder ddl = new StringBuilder("CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS"
                + " 'BEGIN RETURN NEW; END';");
        for (int i = 0; i < 60; i++) {
            ddl.append("CREATE TABLE t").append(i).append(" (id int PRIMARY KEY, name text NOT NULL DEFAULT 'x',"
                    + " ref int REFERENCES t0 (id) CHECK (ref > 0));")
                    .append("CREATE INDEX ON t").append(i).append(" (name);")
                    .append("CREATE VIEW v").append(i).append(" AS SELECT id, name FROM t").append(i).append(";")
                    .append("CREATE TRIGGER tr BEFORE UPDATE ON t").append(i)
                    .append(" FOR EACH ROW EXECUTE FUNCTION touch();")
                    .append("COMMENT ON TABLE t").append(i).append(" IS 'table ").append(i).append("';");
        }
        TestDatabase large = server.createDatabase("bulk_large").execute(ddl.toString());

        List<String> forSmall = queriesToRead(small);
        List<String> forLarge = queriesToRead(large);
        assertThat(forLarge).hasSize(QUERIES).isEqualTo(forSmall);
        try (Connection connection = large.connect()) {
            assertThat(new CatalogReader().read(connection).count(ObjectKind.TABLE)).isEqualTo(60);
        }
    }
}
