package io.pgdrift.diff;

import static io.pgdrift.diff.Samples.column;
import static io.pgdrift.diff.Samples.constraint;
import static io.pgdrift.diff.Samples.index;
import static io.pgdrift.diff.Samples.snapshot;
import static io.pgdrift.diff.Samples.table;
import static org.assertj.core.api.Assertions.assertThat;

import io.pgdrift.model.Column;
import io.pgdrift.model.EnumType;
import io.pgdrift.model.NotCompared;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Snapshot;
import io.pgdrift.model.UserMapping;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DifferTest {

    private final Differ differ = new Differ();

    private List<Change> diff(Snapshot from, Snapshot to) {
        return differ.diff(from, to, ObjectFilter.ALL, DiffOptions.DEFAULT);
    }

    @Test
    void samplesCoverEveryKind() {
        Set<ObjectKind> kinds = Samples.everyKind().stream().map(SchemaObject::kind).collect(Collectors.toSet());
        assertThat(kinds).isEqualTo(EnumSet.allOf(ObjectKind.class));
    }

    @Test
    void identicalSnapshotsHaveNoChanges() {
        assertThat(diff(snapshot(Samples.everyKind()), snapshot(Samples.everyKind()))).isEmpty();
    }

    static Stream<SchemaObject> everyKind() {
        return Samples.everyKind().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void objectOnlyInStagingIsAdded(SchemaObject object) {
        assertThat(diff(snapshot(), snapshot(object))).containsExactly(new Change.Added(object));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyKind")
    void objectOnlyInProductionIsRemoved(SchemaObject object) {
        assertThat(diff(snapshot(object), snapshot())).containsExactly(new Change.Removed(object));
    }

    /** Every compared attribute of every kind, changed alone. */
    static Stream<Arguments> everyAttribute() {
        List<Arguments> cases = new ArrayList<>();
        for (SchemaObject object : Samples.everyKind()) {
            for (RecordComponent component : object.getClass().getRecordComponents()) {
                if (component.getName().equals("key") || component.isAnnotationPresent(NotCompared.class)) {
                    continue;
                }
                cases.add(Arguments.of(object.kind().label() + "." + component.getName(), object, component));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyAttribute")
    void eachAttributeIsReportedWithBothValues(String name, SchemaObject production, RecordComponent component)
            throws ReflectiveOperationException {
        Object before = component.getAccessor().invoke(production);
        Object after = Samples.differentValue(component, before);
        SchemaObject staging = Samples.with(production, component.getName(), after);

        assertThat(diff(snapshot(production), snapshot(staging))).containsExactly(new Change.Altered(production,
                staging, List.of(new AttributeChange(component.getName(), before, after))));
    }

    @Test
    void severalAttributesAreListedInDeclarationOrder() {
        Column production = column("public", "users", "email", 2, "text");
        Column staging = new Column(production.key(), 2, "character varying(200)", true, "''::text", null, null,
                null, null, null, null, null, null, null, List.of(), List.of(), null);

        List<Change> changes = diff(snapshot(production), snapshot(staging));

        assertThat(changes).hasSize(1);
        assertThat(((Change.Altered) changes.get(0)).attributes()).containsExactly(
                new AttributeChange("type", "text", "character varying(200)"),
                new AttributeChange("notNull", false, true),
                new AttributeChange("defaultExpr", null, "''::text"));
    }

    @Test
    void enumLabelsReorderedAreAnAlteration() {
        EnumType production = new EnumType(ObjectKey.of(ObjectKind.ENUM, "public", "mood"), List.of("a", "b"), List.of(), null);
        EnumType staging = new EnumType(production.key(), List.of("b", "a"), List.of(), null);

        assertThat(diff(snapshot(production), snapshot(staging))).containsExactly(new Change.Altered(production,
                staging, List.of(new AttributeChange("labels", List.of("a", "b"), List.of("b", "a")))));
    }

    @Test
    void userMappingOptionsHiddenFromTheReaderAreComparedWithNeitherSide() {
        ObjectKey key = new ObjectKey(ObjectKind.USER_MAPPING, "", "remote", "app");
        UserMapping seen = new UserMapping(key, List.of("user=app"), false);
        UserMapping hidden = new UserMapping(key, List.of(), true);
        UserMapping otherOptions = new UserMapping(key, List.of("user=other"), false);

        assertThat(diff(snapshot(seen), snapshot(hidden))).isEmpty();
        assertThat(diff(snapshot(hidden), snapshot(seen))).isEmpty();
        assertThat(diff(snapshot(seen), snapshot(otherOptions))).containsExactly(new Change.Altered(seen,
                otherOptions, List.of(new AttributeChange("options", List.of("user=app"), List.of("user=other")))));
    }

    @Test
    void columnOrderIsNoDriftUnlessAskedFor() {
        Column production = column("public", "users", "email", 2, "text");
        Column staging = column("public", "users", "email", 3, "text");

        assertThat(diff(snapshot(production), snapshot(staging))).isEmpty();
        assertThat(differ.diff(snapshot(production), snapshot(staging), ObjectFilter.ALL, new DiffOptions(true)))
                .containsExactly(new Change.Altered(production, staging,
                        List.of(new AttributeChange("position", 2, 3))));
    }

    @Test
    void changesAreSortedByKey() {
        List<SchemaObject> production = List.of(table("public", "b"), column("public", "b", "x", 1, "text"),
                table("public", "d"));
        List<SchemaObject> staging = List.of(table("public", "a"), column("public", "b", "x", 1, "integer"),
                table("public", "c"), table("public", "b"));

        List<ObjectKey> keys = diff(snapshot(production), snapshot(staging)).stream().map(Change::key).toList();

        assertThat(keys).containsExactly(ObjectKey.of(ObjectKind.TABLE, "public", "a"),
                ObjectKey.of(ObjectKind.TABLE, "public", "c"), ObjectKey.of(ObjectKind.TABLE, "public", "d"),
                ObjectKey.member(ObjectKind.COLUMN, "public", "b", "x"));
    }

    @Test
    void generatedConstraintNamesThatDifferAreNoDrift() {
        Snapshot production = snapshot(table("public", "users"),
                constraint("public", "users", "users_email_key", "UNIQUE (email)"),
                constraint("public", "users", "users_pkey", "PRIMARY KEY (id)"),
                constraint("public", "users", "users_age_check", "CHECK ((age > 0))"));
        Snapshot staging = snapshot(table("public", "users"),
                constraint("public", "users", "users_email_key1", "UNIQUE (email)"),
                constraint("public", "users", "users_pkey", "PRIMARY KEY (id)"),
                constraint("public", "users", "users_age_check2", "CHECK ((age > 0))"));

        assertThat(diff(production, staging)).isEmpty();
    }

    @Test
    void generatedIndexNamesThatDifferAreNoDrift() {
        String definition = "CREATE INDEX ON public.orders USING btree (created_at)";
        assertThat(diff(snapshot(index("public", "orders", "orders_created_at_idx", definition)),
                snapshot(index("public", "orders", "orders_created_at_idx1", definition)))).isEmpty();
    }

    @Test
    void truncatedGeneratedNamesAreRecognised() {
        String table = "a_table_with_a_rather_long_name_that_goes_on_and_on_for_a_while";
        assertThat(table).hasSize(63);
        // PostgreSQL cuts the table and column parts so that the name fits in 63 bytes
        String first = "a_table_with_a_rather_long_name_that__some_long_column_name_key";
        String second = "a_table_with_a_rather_long_name_that_some_long_column_name_key1";
        assertThat(first).hasSize(63);
        assertThat(second).hasSize(63);

        assertThat(diff(snapshot(constraint("public", table, first, "UNIQUE (some_long_column_name)")),
                snapshot(constraint("public", table, second, "UNIQUE (some_long_column_name)")))).isEmpty();
    }

    @Test
    void looksGeneratedFollowsPostgresNaming() {
        assertThat(GeneratedNames.looksGenerated("users_pkey", "users")).isTrue();
        assertThat(GeneratedNames.looksGenerated("users_email_key12", "users")).isTrue();
        assertThat(GeneratedNames.looksGenerated("orders_user_id_fkey", "orders")).isTrue();
        assertThat(GeneratedNames.looksGenerated("booking_during_excl", "booking")).isTrue();
        assertThat(GeneratedNames.looksGenerated("users_check", "users")).isTrue();
        assertThat(GeneratedNames.looksGenerated("users_lower_idx", "users")).isTrue();
        assertThat(GeneratedNames.looksGenerated("Ünïcode tâble_naïve_key", "Ünïcode tâble")).isTrue();

        assertThat(GeneratedNames.looksGenerated("users_email_uniq", "users")).isFalse();
        assertThat(GeneratedNames.looksGenerated("email_key", "users")).isFalse();
        assertThat(GeneratedNames.looksGenerated("user_email_key", "users")).isFalse();
        assertThat(GeneratedNames.looksGenerated("users_email_keys", "users")).isFalse();
        assertThat(GeneratedNames.looksGenerated("us_email_key", "users")).as("short names are never cut").isFalse();
        assertThat(GeneratedNames.looksGenerated("u_" + "x".repeat(57) + "_key", "users"))
                .as("a long name whose first word happens to start the table's name").isFalse();
    }

    @Test
    void handPickedNamesStayDrift() {
        Snapshot production = snapshot(constraint("public", "users", "users_email_key", "UNIQUE (email)"));
        Snapshot staging = snapshot(constraint("public", "users", "email_unique", "UNIQUE (email)"));

        assertThat(diff(production, staging)).extracting(c -> c.getClass().getSimpleName())
                .containsExactlyInAnyOrder("Removed", "Added");
    }

    @Test
    void generatedNamesWithDifferentDefinitionsStayDrift() {
        Snapshot production = snapshot(constraint("public", "users", "users_email_key", "UNIQUE (email)"));
        Snapshot staging = snapshot(constraint("public", "users", "users_email_key1", "UNIQUE (email, tenant)"));

        assertThat(diff(production, staging)).hasSize(2);
    }

    @Test
    void aGeneratedLookingIndexRenamedIsDrift() {
        // both names look generated, but no clash number explains the difference: the index was renamed
        Snapshot production = snapshot(index("public", "orders", "orders_placed_idx", "CREATE INDEX ON t USING btree (x)"));
        Snapshot staging = snapshot(index("public", "orders", "orders_placed_at_idx", "CREATE INDEX ON t USING btree (x)"));
        Snapshot clashed = snapshot(index("public", "orders", "orders_placed_idx2", "CREATE INDEX ON t USING btree (x)"));

        assertThat(diff(production, staging)).hasSize(2);
        assertThat(diff(production, clashed)).isEmpty();
    }

    @Test
    void generatedNamesOnDifferentTablesStayDrift() {
        Snapshot production = snapshot(index("public", "a", "a_x_idx", "CREATE INDEX ON t USING btree (x)"));
        Snapshot staging = snapshot(index("public", "b", "b_x_idx", "CREATE INDEX ON t USING btree (x)"));

        assertThat(diff(production, staging)).hasSize(2);
    }

    @Test
    void generatedNamesPairOneToOne() {
        String definition = "CREATE INDEX ON public.t USING btree (x)";
        Snapshot production = snapshot(index("public", "t", "t_x_idx", definition),
                index("public", "t", "t_x_idx1", definition));
        Snapshot staging = snapshot(index("public", "t", "t_x_idx2", definition));

        assertThat(diff(production, staging)).containsExactly(
                new Change.Removed(index("public", "t", "t_x_idx1", definition)));
    }

    @Test
    void aHundredThousandObjectsAreCompared() {
        List<SchemaObject> production = new ArrayList<>();
        List<SchemaObject> staging = new ArrayList<>();
        for (int t = 0; t < 10_000; t++) {
            String name = "t" + t;
            production.add(table("public", name));
            staging.add(table("public", name));
            for (int c = 1; c <= 8; c++) {
                production.add(column("public", name, "c" + c, c, "integer"));
                staging.add(column("public", name, "c" + c, c, t % 1000 == 0 && c == 3 ? "bigint" : "integer"));
            }
            production.add(constraint("public", name, name + "_pkey", "PRIMARY KEY (c1)"));
            staging.add(constraint("public", name, name + "_pkey", "PRIMARY KEY (c1)"));
        }
        staging.add(table("public", "brand_new"));
        production.add(table("public", "hotfix"));

        List<Change> changes = diff(snapshot(production), snapshot(staging));

        assertThat(production).hasSize(100_001);
        assertThat(changes).hasSize(12);
        assertThat(changes).filteredOn(c -> c instanceof Change.Altered).extracting(c -> c.key().display())
                .containsExactly("public.t0.c3", "public.t1000.c3", "public.t2000.c3", "public.t3000.c3",
                        "public.t4000.c3", "public.t5000.c3", "public.t6000.c3", "public.t7000.c3",
                        "public.t8000.c3", "public.t9000.c3");
        assertThat(changes).contains(new Change.Added(table("public", "brand_new")),
                new Change.Removed(table("public", "hotfix")));
    }
}
