package io.pgdrift.diff;

import static io.pgdrift.diff.Samples.column;
import static io.pgdrift.diff.Samples.constraint;
import static io.pgdrift.diff.Samples.index;
import static io.pgdrift.diff.Samples.snapshot;
import static io.pgdrift.diff.Samples.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pgdrift.PgdriftException;
import io.pgdrift.model.Extension;
import io.pgdrift.model.Function;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Policy;
import io.pgdrift.model.SchemaDef;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.Sequence;
import io.pgdrift.model.Trigger;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectFilterTest {

    /** The displayed keys of what a filter lets through when everything below is only in staging. */
    private static List<String> kept(ObjectFilter filter, SchemaObject... staging) {
        return new Differ().diff(snapshot(), snapshot(Arrays.asList(staging)), filter, DiffOptions.DEFAULT).stream()
                .map(c -> c.key().toString()).toList();
    }

    private static ObjectFilter excluding(String... patterns) {
        return new ObjectFilter(List.of(), List.of(patterns));
    }

    private static Function function(String schema, String name, String arguments) {
        return new Function(new ObjectKey(ObjectKind.FUNCTION, schema, name, arguments), false, "", "integer", "sql",
                "SELECT 1", "VOLATILE", false, false, false, "UNSAFE", List.of(), null, null, "", List.of(), null);
    }

    @Test
    void schemaListKeepsOnlyThoseSchemas() {
        ObjectFilter filter = new ObjectFilter(List.of("public"), List.of());

        assertThat(kept(filter, new SchemaDef(ObjectKey.schema("public"), List.of(), null),
                new SchemaDef(ObjectKey.schema("audit"), List.of(), null), table("public", "a"), table("audit", "log"),
                column("audit", "log", "id", 1, "integer"), column("public", "a", "id", 1, "integer")))
                .containsExactly("schema public", "table public.a", "column public.a.id");
    }

    @Test
    void schemaListKeepsExtensionsInstalledThere() {
        ObjectFilter filter = new ObjectFilter(List.of("public"), List.of());
        Extension here = new Extension(ObjectKey.global(ObjectKind.EXTENSION, "citext"), "1.6", "public", null);
        Extension elsewhere = new Extension(ObjectKey.global(ObjectKind.EXTENSION, "pgcrypto"), "1.3", "ext", null);

        assertThat(kept(filter, here, elsewhere)).containsExactly("extension citext");
        assertThat(kept(ObjectFilter.ALL, here, elsewhere)).hasSize(2);
    }

    @Test
    void excludingATableTakesItsMembersAlong() {
        assertThat(kept(excluding("public.flyway_schema_history"),
                table("public", "flyway_schema_history"),
                column("public", "flyway_schema_history", "version", 1, "text"),
                constraint("public", "flyway_schema_history", "flyway_schema_history_pk", "PRIMARY KEY (version)"),
                index("public", "flyway_schema_history", "fsh_s_idx", "CREATE INDEX ON x USING btree (success)"),
                new Trigger(ObjectKey.member(ObjectKind.TRIGGER, "public", "flyway_schema_history", "t"), "", "ORIGIN",
                        null),
                new Policy(ObjectKey.member(ObjectKind.POLICY, "public", "flyway_schema_history", "p"), "ALL", true,
                        List.of("PUBLIC"), "true", null, null),
                table("public", "users")))
                .containsExactly("table public.users");
    }

    @Test
    void aSerialColumnsSequenceGoesWithItsTable() {
        Sequence owned = new Sequence(ObjectKey.of(ObjectKind.SEQUENCE, "public", "fsh_id_seq"), "integer", 1, 1, 1,
                Integer.MAX_VALUE, 1, false, false, ObjectKey.member(ObjectKind.COLUMN, "public", "flyway_schema_history", "id"),
                List.of(), null);
        Sequence free = new Sequence(ObjectKey.of(ObjectKind.SEQUENCE, "public", "invoice_no"), "bigint", 1, 1, 1,
                Long.MAX_VALUE, 1, false, false, null, List.of(), null);

        assertThat(kept(excluding("public.flyway_schema_history"), owned, free))
                .containsExactly("sequence public.invoice_no");
    }

    @Test
    void globsMatchQualifiedNames() {
        assertThat(kept(excluding("audit.*_tmp", "public.t?"), table("audit", "x_tmp"), table("audit", "x_tmp2"),
                table("public", "t1"), table("public", "t12"), table("public", "x_tmp")))
                .containsExactly("table audit.x_tmp2", "table public.t12", "table public.x_tmp");
    }

    @Test
    void functionsAreExcludedByNameWhateverTheirArguments() {
        assertThat(kept(excluding("public.helper"), function("public", "helper", "integer"),
                function("public", "helper", "text, text"), function("public", "helpers", "")))
                .containsExactly("function public.helpers()");
    }

    @Test
    void aSchemaIsExcludedByItsNameOrWithDotStar() {
        SchemaObject[] objects = {new SchemaDef(ObjectKey.schema("audit"), List.of(), null),
                table("audit", "log"), column("audit", "log", "id", 1, "integer"), table("public", "a")};

        assertThat(kept(excluding("audit"), objects)).containsExactly("table public.a");
        assertThat(kept(excluding("audit.*"), objects)).containsExactly("table public.a");
        assertThat(kept(excluding("audit.log"), objects)).containsExactly("schema audit", "table public.a");
    }

    @Test
    void quotedAndUnicodeNamesMatchLiterally() {
        assertThat(kept(excluding("public.Weird \"name\" (v1.0)+", "public.tâble_ü"),
                table("public", "Weird \"name\" (v1.0)+"), table("public", "Weird \"name\" (v1x0)++"),
                table("public", "tâble_ü"), table("public", "table_u")))
                .containsExactly("table public.Weird \"name\" (v1x0)++", "table public.table_u");
    }

    @Test
    void patternsAreCaseSensitiveLikeQuotedIdentifiers() {
        assertThat(kept(excluding("public.Users"), table("public", "users"), table("public", "Users")))
                .containsExactly("table public.users");
    }

    @Test
    void emptyPatternsAreRefused() {
        assertThatThrownBy(() -> ObjectFilter.validatePatterns(List.of("public.a", " ")))
                .isInstanceOf(PgdriftException.class)
                .hasMessageContaining("exclude pattern ' ' is empty");
        assertThatThrownBy(() -> excluding("")).isInstanceOf(PgdriftException.class);
        assertThatThrownBy(() -> new ObjectFilter(List.of(""), List.of())).isInstanceOf(PgdriftException.class)
                .hasMessageContaining("schema name");
    }
}
