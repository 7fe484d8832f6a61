package io.pgdrift.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.diff.DiffOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A pair's {@code roleMap} and {@code compareOwners}: read into its diff options, or refused with the key path. */
class RoleMapConfigTest {
    private static final String PAIR = "pairs:\n  - {name: app, staging: 'postgresql://s/app', production: 'postgresql://p/app'";

    @TempDir
    Path dir;

    private DiffOptions options(String pairKeys) {
        return new ConfigLoader(Map.of()).parse(PAIR + pairKeys + "}\n", "pgdrift.yaml", dir).pairs().get(0).options();
    }

    private List<String> problems(String yaml) {
        try {
            new ConfigLoader(Map.of()).parse(yaml, "pgdrift.yaml", dir);
        } catch (ConfigException e) {
            return e.problems().stream().map(ConfigProblem::toString).toList();
        }
        throw new AssertionError("the configuration was accepted");
    }

    @Test
    void roleMapAndCompareOwnersAreReadAndDefaultToNothing() {
        DiffOptions options = options(", roleMap: {app_staging: app, \"Reporting Staging\": reporting}, compareOwners: true");
        assertThat(options.roleMap().names()).isEqualTo(Map.of("app_staging", "app", "Reporting Staging", "reporting"));
        assertThat(options.compareOwners()).isTrue();
        assertThat(options.roleMap().production("app_staging")).isEqualTo("app");
        assertThat(options.roleMap().production("someone_else")).isEqualTo("someone_else");

        DiffOptions defaults = options("");
        assertThat(defaults.roleMap().names()).isEmpty();
        assertThat(defaults.compareOwners()).isFalse();
    }

    @Test
    void twoStagingRolesForOneProductionRoleAreRefused() {
        assertThat(problems(PAIR + ", roleMap: {app_staging: app, app_ci: app}}\n")).containsExactly(
                "pairs[0].roleMap: roles \"app_ci\" and \"app_staging\" both map to \"app\"; map each staging role"
                        + " to its own production role");
    }

    @Test
    void aStagingRoleGivenTwiceIsRefusedByName() {
        assertThat(problems(PAIR + ", roleMap: {app_staging: app, app_staging: app2}}\n")).singleElement()
                .asString().startsWith("(yaml): line 2: Duplicate field 'app_staging'");
    }

    @Test
    void aChainOfMappingsIsRefused() {
        assertThat(problems(PAIR + ", roleMap: {a: b, b: c}}\n")).containsExactly(
                "pairs[0].roleMap: role \"b\" is mapped to (from \"a\") and from (to \"c\"); a role map is not applied"
                        + " twice, so give each staging role its production name directly");
    }

    @Test
    void wrongShapesAreRefusedAtTheirKeyPath() {
        assertThat(problems(PAIR + ", roleMap: [app_staging, app]}\n")).containsExactly(
                "pairs[0].roleMap: expected a mapping, e.g. {app_staging: app}");
        assertThat(problems(PAIR + ", roleMap: {app_staging: [app, other]}}\n")).containsExactly(
                "pairs[0].roleMap.app_staging: expected a single name, not a list");
        assertThat(problems(PAIR + ", compareOwners: 1}\n")).containsExactly(
                "pairs[0].compareOwners: expected true or false, not \"1\"");
        assertThat(problems(PAIR + ", rolemap: {a: b}}\n")).containsExactly(
                "pairs[0].rolemap: unknown key (did you mean \"roleMap\"?)");
    }

    @Test
    void discoveredPairsTakeTheDefaults() {
        Config config = new ConfigLoader(Map.of()).parse("""
                discover:
                  staging: postgresql://s/postgres
                  production: postgresql://p/postgres
                  databases: tenant_*
                  defaults: {roleMap: {tenant_staging: tenant}, compareOwners: true}
                """, "pgdrift.yaml", dir);
        DiffOptions options = config.discover().get(0).defaults().options();
        assertThat(options.roleMap().names()).isEqualTo(Map.of("tenant_staging", "tenant"));
        assertThat(options.compareOwners()).isTrue();
    }
}
