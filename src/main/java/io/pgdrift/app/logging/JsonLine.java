package io.pgdrift.app.logging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** One log event as a single-line JSON object: {@code {"time":…,"level":…,"logger":…,"message":…}}. */
final class JsonLine {
    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonLine() {
    }

    static String of(Instant at, String level, String logger, String message, String error) {
        ObjectNode node = JSON.createObjectNode()
                .put("time", at.toString())
                .put("level", level)
                .put("logger", logger)
                .put("message", message);
        if (error != null) {
            node.put("error", error);
        }
        return node.toString();
    }
}
