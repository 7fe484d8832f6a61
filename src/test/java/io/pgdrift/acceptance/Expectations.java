package io.pgdrift.acceptance;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What a scenario's {@code expected.json} asks of the diff, checked against {@code pgdrift diff --format json}
 * (changes, statements, back-port) and the SQL script; the keys are described in the scenarios' README.
 */
final class Expectations {
    private static final Map<String, String> SIGNS = Map.of("added", "+", "removed", "-", "altered", "~");

    private Expectations() {
    }

    /** Whether any key needs the JSON report (a second in-process diff of the two snapshot files). */
    static boolean needReport(JsonNode expected) {
        return expected.has("changes") || expected.has("backport") || expected.has("nonTransactional")
                || expected.has("hazards") || expected.has("noHazards");
    }

    static void check(Scenario scenario, JsonNode report, String script) {
        JsonNode expected = scenario.expected();
        if (expected.has("changes")) {
            TreeSet<String> actual = new TreeSet<>();
            report.path("changes").forEach(c -> actual.add(SIGNS.get(c.get("type").asText()) + " "
                    + c.get("kind").asText() + " " + c.get("display").asText()));
            assertThat(actual).as("changes pgdrift finds in %s", scenario).isEqualTo(texts(expected.get("changes")));
        }
        TreeSet<String> hazards = new TreeSet<>();
        report.path("statements").forEach(s -> s.get("hazards").forEach(h -> hazards.add(h.get("kind").asText())));
        if (expected.has("hazards")) {
            assertThat(hazards).as("hazards of the migration of %s", scenario).containsAll(texts(expected.get("hazards")));
        }
        if (expected.has("noHazards")) {
            assertThat(hazards).as("hazards of the migration of %s", scenario)
                    .doesNotContainAnyElementsOf(texts(expected.get("noHazards")));
        }
        if (expected.has("backport")) {
            List<String> backport = new ArrayList<>();
            report.path("backport").forEach(s -> backport.add(s.get("sql").asText()));
            texts(expected.get("backport")).forEach(text -> assertThat(String.join("\n", backport))
                    .as("back-port statements of %s", scenario).contains(text));
        }
        if (expected.has("nonTransactional")) {
            List<String> outside = new ArrayList<>();
            report.path("statements").forEach(s -> {
                if (!s.get("transactional").asBoolean()) {
                    outside.add(s.get("sql").asText());
                }
            });
            texts(expected.get("nonTransactional")).forEach(text -> assertThat(outside)
                    .as("statements of %s outside a transaction", scenario).anyMatch(sql -> sql.contains(text)));
        }
        if (expected.has("sql")) {
            texts(expected.get("sql")).forEach(text -> assertThat(script).as("script of %s", scenario).contains(text));
        }
        if (expected.has("noSql")) {
            texts(expected.get("noSql")).forEach(text -> assertThat(script).as("script of %s", scenario)
                    .doesNotContain(text));
        }
    }

    private static TreeSet<String> texts(JsonNode array) {
        TreeSet<String> texts = new TreeSet<>();
        array.forEach(n -> texts.add(n.asText()));
        return texts;
    }
}
