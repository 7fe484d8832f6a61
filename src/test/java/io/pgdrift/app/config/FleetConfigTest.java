package io.pgdrift.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdrift.PgdriftException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@code parallelism} and {@code discover} keys: what they accept, and every refusal with its key path. */
class FleetConfigTest {
    private static final Map<String, String> ENV = Map.of(
            "STAGING_SERVER", "postgresql://monitor:s3cret@staging-db:5432/postgres?sslmode=require",
            "PRODUCTION_SERVER", "postgresql://monitor:s3cret@prod-db:5432/postgres?sslmode=require");

    private static Config parse(String yaml) {
        return new ConfigLoader(ENV).parse(yaml, "pgdrift.yaml", Path.of("."));
    }

    private static List<String> problems(String yaml) {
        try {
            parse(yaml);
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::toString).toList();
        }
        throw new AssertionError("the configuration was accepted");
    }

    @Test
    void aDiscoverMappingIsEnoughAndItsDefaultsReachEveryDiscoveredPair() {
        Config config = parse("""
                parallelism: 3
                discover:
                  staging: ${STAGING_SERVER}
                  production: ${PRODUCTION_SERVER}
                  databases: "tenant_*"
                  excludeDatabases: [tenant_test*]
                  name: "eu-{database}"
                  defaults: {schemas: [public], exclude: [public.flyway_schema_history], allowEmpty: true}
                """);

        assertThat(config.pairs()).isEmpty();
        assertThat(config.parallelism()).isEqualTo(3);
        DiscoverConfig entry = config.discover().get(0);
        assertThat(entry.path()).isEqualTo("discover");
        assertThat(entry.wants("tenant_42")).isTrue();
        assertThat(entry.wants("tenant_test1")).isFalse();
        assertThat(entry.wants("postgres")).isFalse();
        PairConfig pair = entry.pair("tenant_42");
        assertThat(pair.name()).isEqualTo("eu-tenant_42");
        assertThat(pair.staging().database()).isEqualTo("tenant_42");
        assertThat(pair.staging().masked()).isEqualTo("postgresql://monitor:***@staging-db:5432/tenant_42?sslmode=require");
        assertThat(pair.production().hosts()).containsExactly(new io.pgdrift.catalog.DatabaseUrl.HostPort("prod-db", 5432));
        assertThat(pair.production().properties()).containsEntry("sslmode", "require");
        assertThat(pair.filter().schemas()).containsExactly("public");
        assertThat(pair.filter().excludes()).containsExactly("public.flyway_schema_history");
        assertThat(pair.allowEmpty()).isTrue();
        assertThat(entry.toString()).doesNotContain("s3cret");
    }

    @Test
    void parallelismDefaultsToTheProcessorsAndIsBounded() {
        Config config = parse("pairs: [{name: a, staging: 'postgresql://h/s', production: 'postgresql://h/p'}]\n");
        assertThat(config.parallelism()).isEqualTo(Math.max(2, Runtime.getRuntime().availableProcessors()));
        assertThat(config.discover()).isEmpty();

        assertThat(problems("parallelism: 0\npairs: [{name: a, staging: 'postgresql://h/s', production: 'postgresql://h/p'}]\n"))
                .containsExactly("parallelism: 0 is out of range; give 1 to 64 pairs at once (each holds two connections), "
                        + "or leave it out for one per processor");
        assertThat(problems("parallelism: many\npairs: [{name: a, staging: 'postgresql://h/s', production: 'postgresql://h/p'}]\n"))
                .containsExactly("parallelism: expected a whole number, not \"many\"");
    }

    @Test
    void everyDiscoverProblemIsReportedAtItsKeyPath() {
        assertThat(problems("""
                discover:
                  - staging: ${STAGING_SERVER}
                    production: ${STAGING_SERVER}
                    databases: "*"
                  - staging: jdbc:postgresql:postgres
                    production: "postgresql://h/postgres?dbname=x"
                    excludeDatabases: [""]
                    name: "tenant"
                    defaults: {name: x, staging: 'postgresql://h/s', schemas: [public], exlude: [a]}
                    databse: x
                """)).containsExactlyInAnyOrder(
                "discover[1].defaults.exlude: unknown key (did you mean \"exclude\"?)",
                "discover[1].databse: unknown key (did you mean \"databases\"?)",
                "discover[0]: staging and production are the same server and database "
                        + "(postgresql://monitor:***@staging-db:5432/postgres?sslmode=require)",
                "discover[1].staging: jdbc:postgresql:postgres names no host; discovery needs a URL such as "
                        + "postgresql://user@host:5432/postgres",
                "discover[1].production: postgresql://h/postgres?dbname=x sets dbname=; leave it out (discovery sets "
                        + "each database; the database in the URL path is the one the list is read from)",
                "discover[1].databases: missing; give a glob on database names such as tenant_* (* for all)",
                "discover[1].excludeDatabases[0]: empty pattern; give a database name or glob such as tenant_test*",
                "discover[1].name: \"tenant\" must contain {database} and otherwise only letters, digits, '.', '_' and '-', "
                        + "e.g. eu-{database}",
                "discover[1].defaults.name: set by discovery for each database; remove it here",
                "discover[1].defaults.staging: set by discovery for each database; remove it here");
    }

    @Test
    void aSingleDiscoverMappingIsNamedAsWritten() {
        assertThat(problems("""
                discover:
                  staging: ${MISSING_SERVER}
                  production: ${PRODUCTION_SERVER}
                  databases: "*"
                  nmae: "x-{database}"
                """)).containsExactlyInAnyOrder(
                "discover.staging: environment variable MISSING_SERVER is not set",
                "discover.nmae: unknown key (did you mean \"name\"?)");
    }

    @Test
    void withoutPairsOrDiscoverThereIsNothingToRun() {
        assertThat(problems("outbox: x\n"))
                .containsExactly("pairs: at least one pair is required (name, staging, production), or a discover: section");
    }

    @Test
    void aServerUrlGivesEachDatabaseOnItKeepingItsParameters() {
        ServerUrl libpq = ServerUrl.parse("postgresql://u:pw@a:5433,b:5434/postgres?sslmode=verify-full#x");
        assertThat(libpq.database("tenant 1/é").masked())
                .isEqualTo("postgresql://u:***@a:5433,b:5434/tenant%201%2F%C3%A9?sslmode=verify-full#x");
        assertThat(libpq.database("tenant 1/é").database()).isEqualTo("tenant 1/é");

        ServerUrl noPath = ServerUrl.parse("postgresql://u@host");
        assertThat(noPath.database("app").jdbcUrl()).isEqualTo("jdbc:postgresql://host:5432/app");

        ServerUrl jdbc = ServerUrl.parse("jdbc:postgresql://host:6000/postgres?user=u&password=pw&ssl=true");
        assertThat(jdbc.database("app").database()).isEqualTo("app");
        assertThat(jdbc.database("app").properties()).containsEntry("ssl", "true");
        assertThat(jdbc.toString()).doesNotContain("pw&");

        assertThatThrownBy(() -> ServerUrl.parse("mysql://h/x")).isInstanceOf(PgdriftException.class)
                .hasMessageContaining("unknown scheme");
    }
}
