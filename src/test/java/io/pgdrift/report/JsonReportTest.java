package io.pgdrift.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pgdrift.diff.Change;
import io.pgdrift.diff.Samples;
import io.pgdrift.model.Attributes;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Table;
import io.pgdrift.plan.MigrationPlan;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

class JsonReportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void identicalPrintsNothing() {
        assertThat(JsonReport.render(Reports.identical())).isEmpty();
    }

    @Test
    void headerContextFingerprintAndSummary() throws Exception {
        DriftReport report = Reports.report();
        JsonNode root = JSON.readTree(JsonReport.render(report));

        assertThat(fieldNames(root)).containsExactly("format", "formatVersion", "context", "fingerprint", "summary",
                "changes", "statements", "backport");
        assertThat(root.get("format").asText()).isEqualTo("pgdrift-report");
        assertThat(root.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(root.get("fingerprint").asText()).isEqualTo(report.fingerprint());
        assertThat(root.get("context")).isEqualTo(JSON.readTree("""
                {"pair":"app",
                 "from":{"label":"production","serverVersion":"13.22","serverVersionNum":130022},
                 "to":{"label":"staging","serverVersion":"18.1","serverVersionNum":180001},
                 "generatedAt":"2026-11-24T03:00:00Z","notCompared":[]}"""));
        assertThat(root.get("summary")).isEqualTo(JSON.readTree("""
                {"changes":3,"added":1,"removed":1,"altered":1,"stagingAhead":2,"productionAhead":1,
                 "statements":4,"statementsWithHazards":3}"""));
    }

    @Test
    void changesCarryKeyDirectionAndBothValues() throws Exception {
        JsonNode changes = JSON.readTree(JsonReport.render(Reports.report())).get("changes");

        assertThat(changes).hasSize(3);
        JsonNode altered = changes.get(1);
        assertThat(altered.get("type").asText()).isEqualTo("altered");
        assertThat(altered.get("kind").asText()).isEqualTo("column");
        assertThat(altered.get("key")).isEqualTo(JSON.readTree("{\"schema\":\"public\",\"name\":\"users\",\"member\":\"email\"}"));
        assertThat(altered.get("display").asText()).isEqualTo("public.users.email");
        assertThat(altered.get("direction").asText()).isEqualTo("STAGING_AHEAD");
        assertThat(altered.get("attributes")).isEqualTo(JSON.readTree("""
                [{"name":"type","from":"text","to":"character varying(200)"},
                 {"name":"notNull","from":false,"to":true}]"""));
        assertThat(altered.get("object").isNull()).isTrue();

        JsonNode removed = changes.get(2);
        assertThat(removed.get("type").asText()).isEqualTo("removed");
        assertThat(removed.get("direction").asText()).isEqualTo("PRODUCTION_AHEAD");
        assertThat(removed.get("attributes")).isEmpty();
        assertThat(removed.get("object").get("definition").asText())
                .isEqualTo("CREATE INDEX ON public.users USING btree (tmp)");
    }

    @Test
    void statementsAndBackportWithHazards() throws Exception {
        JsonNode root = JSON.readTree(JsonReport.render(Reports.report()));

        JsonNode statements = root.get("statements");
        assertThat(statements).hasSize(4);
        assertThat(statements.get(2)).isEqualTo(JSON.readTree("""
                {"sql":"ALTER TABLE public.users ALTER COLUMN email SET NOT NULL;",
                 "subject":{"schema":"public","name":"users","member":"email","kind":"column",
                            "display":"public.users.email"},
                 "direction":"STAGING_AHEAD","transactional":true,"execution":"IN_TRANSACTION","longRunning":false,
                 "hazards":[{"kind":"VALIDATION_SCAN","label":"full-table validation scan","detail":"scans public.users",
                             "saferPath":"add CHECK (email IS NOT NULL) NOT VALID, validate it, then SET NOT NULL"}]}"""));
        assertThat(statements.get(3).get("transactional").asBoolean()).isFalse();
        assertThat(root.get("backport")).hasSize(1);
        assertThat(root.get("backport").get(0).get("sql").asText())
                .isEqualTo("CREATE INDEX users_tmp_idx ON public.users USING btree (tmp);");
    }

    @Test
    void objectsOfEveryKindAreWrittenWithAllTheirAttributes() throws Exception {
        List<Change> changes = Samples.everyKind().stream().map(o -> (Change) new Change.Added(o)).sorted().toList();
        DriftReport report = DriftReport.of(Reports.CONTEXT, changes, new MigrationPlan(List.of(), List.of()));

        JsonNode written = JSON.readTree(JsonReport.render(report)).get("changes");

        assertThat(written).hasSize(ObjectKind.values().length);
        for (int i = 0; i < changes.size(); i++) {
            Change.Added added = (Change.Added) changes.get(i);
            assertThat(fieldNames(written.get(i).get("object")))
                    .containsExactlyElementsOf(Attributes.all(added.object()).keySet());
        }
        JsonNode sequence = written.get(ObjectKind.SEQUENCE.ordinal()).get("object");
        assertThat(sequence.get("maxValue").asLong()).isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void objectKeysInsideValuesAreWrittenAsKeys() throws Exception {
        Table partition = Samples.with(Samples.table("public", "orders_2026"), "partitionOf",
                ObjectKey.of(ObjectKind.TABLE, "public", "orders"));
        DriftReport report = DriftReport.of(Reports.CONTEXT, List.of(new Change.Added(partition)),
                new MigrationPlan(List.of(), List.of()));

        JsonNode object = JSON.readTree(JsonReport.render(report)).get("changes").get(0).get("object");

        assertThat(object.get("partitionOf")).isEqualTo(JSON.readTree(
                "{\"kind\":\"TABLE\",\"schema\":\"public\",\"name\":\"orders\",\"member\":\"\"}"));
    }

    private static List<String> fieldNames(JsonNode node) {
        return StreamSupport.stream(((Iterable<String>) node::fieldNames).spliterator(), false).toList();
    }
}
