package io.pgdrift.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pgdrift.diff.AttributeChange;
import io.pgdrift.diff.Change;
import io.pgdrift.model.Attributes;
import io.pgdrift.model.ObjectKey;
import io.pgdrift.model.SchemaObject;
import io.pgdrift.model.ServerInfo;
import io.pgdrift.plan.Hazard;
import io.pgdrift.plan.Statement;
import java.util.List;

/**
 * Renders a {@link DriftReport} as JSON, in the versioned shape documented in {@code docs/report-json.md};
 * an identical pair renders as the empty string. Field names and order are part of the format: add fields
 * in a compatible way, and bump {@link #FORMAT_VERSION} for anything else.
 */
public final class JsonReport {
    public static final String FORMAT = "pgdrift-report";
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {
    }

    public static String render(DriftReport report) {
        if (report.identical()) {
            return "";
        }
        DriftSummary summary = new DriftSummary(report);
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.set("context", context(report.context()));
        root.put("fingerprint", report.fingerprint());
        root.set("summary", summary(summary));
        ArrayNode changes = root.putArray("changes");
        for (Change change : report.changes()) {
            changes.add(change(change, summary));
        }
        statements(root.putArray("statements"), DriftSummary.statements(report.plan()));
        statements(root.putArray("backport"), DriftSummary.backport(report.plan()));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the JSON report", e);
        }
    }

    private static ObjectNode context(BriefContext context) {
        ObjectNode node = JSON.createObjectNode();
        node.put("pair", context.pair());
        node.set("from", side(context.fromLabel(), context.fromServer()));
        node.set("to", side(context.toLabel(), context.toServer()));
        node.put("generatedAt", context.generatedAt() == null ? null : context.generatedAt().toString());
        ArrayNode notCompared = node.putArray("notCompared");
        context.notCompared().forEach(notCompared::add);
        return node;
    }

    private static ObjectNode side(String label, ServerInfo server) {
        ObjectNode node = JSON.createObjectNode();
        node.put("label", label);
        node.put("serverVersion", server == null ? null : server.version());
        if (server == null) {
            node.putNull("serverVersionNum");
        } else {
            node.put("serverVersionNum", server.versionNum());
        }
        return node;
    }

    private static ObjectNode summary(DriftSummary summary) {
        ObjectNode node = JSON.createObjectNode();
        node.put("changes", summary.changes());
        node.put("added", summary.added);
        node.put("removed", summary.removed);
        node.put("altered", summary.altered);
        node.put("stagingAhead", summary.stagingAhead);
        node.put("productionAhead", summary.productionAhead);
        node.put("statements", summary.statements);
        node.put("statementsWithHazards", summary.hazardousStatements);
        return node;
    }

    private static ObjectNode change(Change change, DriftSummary summary) {
        ObjectNode node = JSON.createObjectNode();
        node.put("type", ChangeType.of(change).word);
        node.put("kind", change.key().kind().label());
        node.set("key", key(change.key()));
        node.put("display", change.key().display());
        node.put("direction", summary.direction(change).name());
        ArrayNode attributes = node.putArray("attributes");
        for (AttributeChange attribute : ChangeType.attributes(change)) {
            ObjectNode item = attributes.addObject();
            item.put("name", attribute.name());
            item.set("from", JSON.valueToTree(attribute.from()));
            item.set("to", JSON.valueToTree(attribute.to()));
        }
        SchemaObject object = change instanceof Change.Added added ? added.object()
                : change instanceof Change.Removed removed ? removed.object() : null;
        node.set("object", object == null ? null : JSON.valueToTree(Attributes.all(object)));
        return node;
    }

    private static ObjectNode key(ObjectKey key) {
        ObjectNode node = JSON.createObjectNode();
        node.put("schema", key.schema());
        node.put("name", key.name());
        node.put("member", key.member());
        return node;
    }

    private static void statements(ArrayNode array, List<Statement> statements) {
        for (Statement statement : statements) {
            ObjectNode node = array.addObject();
            node.put("sql", statement.sql());
            ObjectNode subject = key(statement.subject());
            subject.put("kind", statement.subject().kind().label());
            subject.put("display", statement.subject().display());
            node.set("subject", subject);
            node.put("direction", statement.direction().name());
            node.put("transactional", statement.transactional());
            node.put("execution", statement.execution().name());
            node.put("longRunning", statement.longRunning());
            ArrayNode hazards = node.putArray("hazards");
            for (Hazard hazard : statement.hazards()) {
                ObjectNode item = hazards.addObject();
                item.put("kind", hazard.kind().name());
                item.put("label", hazard.kind().label());
                item.put("detail", hazard.detail());
                item.put("saferPath", hazard.saferPath());
                if (hazard.size() != null) {
                    ObjectNode size = item.putObject("size");
                    size.put("relation", hazard.size().relation().display());
                    size.put("rows", hazard.size().rows());
                    size.put("bytes", hazard.size().bytes());
                }
            }
        }
    }
}
