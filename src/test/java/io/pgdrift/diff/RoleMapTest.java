package io.pgdrift.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.DefaultPrivileges;
import io.pgdrift.model.ForeignTable;
import io.pgdrift.model.ForeignTable.ForeignColumn;
import io.pgdrift.model.Grant;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Owner;
import io.pgdrift.model.Policy;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.Snapshot;
import io.pgdrift.model.UserMapping;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Staging's role names become production's everywhere a record holds them, and only there. */
class RoleMapTest {
    private static final RoleMap MAP = new RoleMap(Map.of("app_staging", "app", "zz_reader_stg", "a_reader"));

    @Test
    void grantsPolicyRolesDefaultPrivilegesAndOwnersAreRenamedAndSortedAgain() {
        ObjectKey schema = ObjectKey.schema("shop");
        ObjectKey policy = ObjectKey.member(ObjectKind.POLICY, "shop", "orders", "readers");
        ObjectKey privileges = ObjectKey.member(ObjectKind.DEFAULT_PRIVILEGES, "shop", "app_staging", "tables");
        Snapshot staging = Samples.snapshot(
                new SchemaDef(schema, List.of(new Grant("b_writer", "USAGE", false),
                        new Grant("zz_reader_stg", "USAGE", false)), "untouched comment app_staging"),
                new Policy(policy, "SELECT", true, List.of("b_writer", "zz_reader_stg"), "true", null, null),
                new DefaultPrivileges(privileges, List.of(new Grant("zz_reader_stg", "SELECT", true)), List.of(), null));
        staging = staging.with(staging.objects(), List.of(new Owner(schema, "app_staging"), new Owner(policy, "x")));

        Snapshot mapped = MAP.applyTo(staging);

        ObjectKey mappedPrivileges = ObjectKey.member(ObjectKind.DEFAULT_PRIVILEGES, "shop", "app", "tables");
        assertThat(mapped.byKey()).containsOnlyKeys(schema, policy, mappedPrivileges);
        assertThat(mapped.byKey().get(schema)).isEqualTo(new SchemaDef(schema, List.of(
                new Grant("a_reader", "USAGE", false), new Grant("b_writer", "USAGE", false)),
                "untouched comment app_staging"));
        assertThat(((Policy) mapped.byKey().get(policy)).roles()).containsExactly("a_reader", "b_writer");
        assertThat(mapped.byKey().get(mappedPrivileges)).isEqualTo(new DefaultPrivileges(mappedPrivileges,
                List.of(new Grant("a_reader", "SELECT", true)), List.of(), null));
        assertThat(mapped.owners()).containsExactly(new Owner(schema, "app"), new Owner(policy, "x"));
    }

    @Test
    void aForeignTableColumnsGrantsAreRenamed() {
        ObjectKey table = ObjectKey.of(ObjectKind.FOREIGN_TABLE, "shop", "remote_orders");
        List<Grant> columnGrants = List.of(new Grant("b_writer", "UPDATE", false),
                new Grant("zz_reader_stg", "SELECT", false));
        Snapshot staging = Samples.snapshot(new ForeignTable(table, "remote", List.of(
                new ForeignColumn("id", "integer", false, null, null, List.of(), null),
                new ForeignColumn("note", "text", false, null, null, List.of(), null, null, null, null, columnGrants,
                        null)), List.of(), List.of(new Grant("app_staging", "SELECT", false)), null));

        ForeignTable mapped = (ForeignTable) MAP.applyTo(staging).byKey().get(table);

        assertThat(mapped.grants()).containsExactly(new Grant("app", "SELECT", false));
        assertThat(mapped.columns().get(0)).isEqualTo(new ForeignColumn("id", "integer", false, null, null,
                List.of(), null));
        assertThat(mapped.columns().get(1).grants()).containsExactly(new Grant("a_reader", "SELECT", false),
                new Grant("b_writer", "UPDATE", false));
    }

    @Test
    void aUserMappingIsKeyedByTheProductionRole() {
        ObjectKey staging = new ObjectKey(ObjectKind.USER_MAPPING, "", "remote", "app_staging");
        ObjectKey everyone = new ObjectKey(ObjectKind.USER_MAPPING, "", "remote", "PUBLIC");

        Snapshot mapped = MAP.applyTo(Samples.snapshot(new UserMapping(staging, List.of("user=app_staging"), false),
                new UserMapping(everyone, List.of(), false)));

        ObjectKey production = new ObjectKey(ObjectKind.USER_MAPPING, "", "remote", "app");
        // the option is the remote server's user name, not a role of this cluster: left as it is
        assertThat(mapped.byKey()).containsOnlyKeys(production, everyone);
        assertThat(mapped.byKey().get(production)).isEqualTo(new UserMapping(production, List.of("user=app_staging"),
                false));
    }

    @Test
    void withoutAMapTheSnapshotIsTheSameOne() {
        Snapshot staging = Samples.snapshot(Samples.everyKind());
        assertThat(RoleMap.NONE.applyTo(staging)).isSameAs(staging);
        assertThat(MAP.applyTo(staging).objects()).isEqualTo(staging.objects());
    }

    @Test
    void aMappingThatCannotBeAppliedOnceIsRefused() {
        assertThatThrownBy(() -> new RoleMap(Map.of("a", "app", "b", "app"))).isInstanceOf(PgdriftException.class)
                .hasMessage("roles \"a\" and \"b\" both map to \"app\"; map each staging role to its own production role");
        assertThat(RoleMap.problems(Map.of("a", " "))).containsExactly(
                "role map entry \"a\" -> \" \" has a blank name; write staging_role: production_role");
    }
}
