package io.pgdrift.mutation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pgdrift.acceptance.Pgdrift;
import io.pgdrift.testing.PgServer;
import io.pgdrift.testing.PostgresServers;
import io.pgdrift.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 9, checked from outside: no false drift. The mutation test's base schema holds an object of every kind
 * pgdrift compares, so it is also the strictest identical pair there is: the same script on the lowest and the
 * highest major, and the same database read by its owner and by a role that may only connect, must both be
 * reported identical (exit 0, nothing printed). A kind whose reading depends on the major or on the reader's
 * privileges fails here before it reaches a user as a ticket about nothing.
 */
class BaseSchemaNoFalseDriftTest {
    private static final String MONITOR = "mutation_monitor";
    private static final String MONITOR_PASSWORD = "monitor-only-in-tests";

    static List<Integer> ends() {
        return PostgresServers.ends();
    }

    @Test
    void theBaseOnTheLowestAndTheHighestMajorIsIdentical() {
        assumeTrue(PostgresServers.lowest() != PostgresServers.highest(),
                "needs two majors; -Dpgdrift.test.versions names only one");
        TestDatabase lowest = BaseTemplates.copy(PostgresServers.server(PostgresServers.lowest()), "low");
        TestDatabase highest = BaseTemplates.copy(PostgresServers.server(PostgresServers.highest()), "high");
        try {
            Pgdrift run = Pgdrift.inProcess("diff", "--from", lowest.uri(), "--to", highest.uri(), "--format", "json");

            assertThat(run.exit()).as("%s", run).isZero();
            assertThat(run.out()).isEmpty();
        } finally {
            lowest.drop();
            highest.drop();
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("ends")
    void aConnectOnlyRoleReadsTheBaseAsItsOwnerDoes(int major) {
        PgServer server = PostgresServers.server(major);
        TestDatabase base = BaseTemplates.copy(server, "monitored");
        try {
            base.execute("""
                    DO $$ BEGIN
                        IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '%1$s') THEN
                            CREATE ROLE %1$s LOGIN PASSWORD '%2$s';
                        END IF;
                    END $$;
                    REVOKE ALL ON DATABASE %3$s FROM PUBLIC;
                    GRANT CONNECT ON DATABASE %3$s TO %1$s;
                    """.formatted(MONITOR, MONITOR_PASSWORD, base.name()));
            String monitor = "postgresql://" + MONITOR + ":" + MONITOR_PASSWORD + "@localhost:" + server.port() + "/"
                    + base.name();

            Pgdrift run = Pgdrift.inProcess("diff", "--from", base.uri(), "--to", monitor, "--format", "json");

            assertThat(run.exit()).as("%s", run).isZero();
            assertThat(run.out()).isEmpty();
            // a user mapping's options are shown to its role, the server's owner and superusers only: not
            // compared then, and said so
            assertThat(run.err()).contains("the reading role may not see in staging")
                    .doesNotContain(MONITOR_PASSWORD);
        } finally {
            base.drop();
        }
    }
}
