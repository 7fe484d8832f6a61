package io.pgdrift.testing.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import java.util.List;
import java.util.Set;

/**
 * The request and response shapes of one provider's chat API, as its public API reference documents them:
 * what a request must carry (and the fake refuses without), and what a completed answer, a refusal and an
 * error look like.
 */
public enum Dialect {
    /** {@code POST {base}/chat/completions}, {@code Authorization: Bearer}, base URL ending in {@code /v1}. */
    OPENAI("/v1", "/v1/chat/completions") {
        @Override
        void checkCredentials(Headers headers, String key, List<String> problems) {
            expectHeader(headers, "Authorization", "Bearer " + key, problems);
        }

        @Override
        void checkBody(JsonNode body, List<String> problems) {
            requireText(body, "model", problems);
            checkMessages(body, Set.of("system", "developer", "user", "assistant"), problems);
            if (body.has("max_tokens") && body.has("max_completion_tokens")) {
                problems.add("max_tokens and max_completion_tokens are mutually exclusive");
            }
            if (body.path("stream").asBoolean(false)) {
                problems.add("stream: true, the fake serves only complete answers");
            }
        }

        @Override
        String answer(String model, String text) {
            ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion")
                    .put("created", 1_764_000_000L).put("model", model);
            ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").put("content", text).putNull("refusal");
            root.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
            return root.toString();
        }

        @Override
        String refusal(String model) {
            ObjectNode root = JSON.createObjectNode().put("id", "chatcmpl-fake").put("object", "chat.completion")
                    .put("created", 1_764_000_000L).put("model", model);
            ObjectNode choice = root.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
            choice.putObject("message").put("role", "assistant").putNull("content")
                    .put("refusal", "I can't help with that.");
            return root.toString();
        }

        @Override
        String error(String type, String message) {
            ObjectNode root = JSON.createObjectNode();
            root.putObject("error").put("message", message).put("type", type).putNull("param").putNull("code");
            return root.toString();
        }
    },
    /** {@code POST {base}/v1/messages}, {@code x-api-key} and {@code anthropic-version}, system prompt top-level. */
    ANTHROPIC("", "/v1/messages") {
        @Override
        void checkCredentials(Headers headers, String key, List<String> problems) {
            expectHeader(headers, "x-api-key", key, problems);
            if (headers.getFirst("anthropic-version") == null) {
                problems.add("anthropic-version header missing");
            }
        }

        @Override
        void checkBody(JsonNode body, List<String> problems) {
            requireText(body, "model", problems);
            if (!body.path("max_tokens").isIntegralNumber() || body.path("max_tokens").asInt() < 1) {
                problems.add("max_tokens: a positive integer is required");
            }
            // the system prompt is a top-level field; a "system" role in messages is refused by the API
            checkMessages(body, Set.of("user", "assistant"), problems);
            JsonNode system = body.get("system");
            if (system != null && !system.isTextual() && !system.isArray()) {
                problems.add("system must be a string or an array of text blocks");
            }
        }

        @Override
        String answer(String model, String text) {
            ObjectNode root = message(model, "end_turn");
            root.putArray("content").addObject().put("type", "text").put("text", text);
            return root.toString();
        }

        @Override
        String refusal(String model) {
            ObjectNode root = message(model, "refusal");
            root.putArray("content");
            return root.toString();
        }

        private ObjectNode message(String model, String stopReason) {
            ObjectNode root = JSON.createObjectNode().put("id", "msg_fake").put("type", "message")
                    .put("role", "assistant").put("model", model).put("stop_reason", stopReason).putNull("stop_sequence");
            root.putObject("usage").put("input_tokens", 100).put("output_tokens", 20);
            return root;
        }

        @Override
        String error(String type, String message) {
            ObjectNode root = JSON.createObjectNode().put("type", "error");
            root.putObject("error").put("type", type).put("message", message);
            return root.toString();
        }
    },
    /** {@code POST {base}/api/chat} with {@code stream: false}; no key. */
    OLLAMA("", "/api/chat") {
        @Override
        void checkCredentials(Headers headers, String key, List<String> problems) {
            if (key != null) {
                expectHeader(headers, "Authorization", "Bearer " + key, problems);
            }
        }

        @Override
        void checkBody(JsonNode body, List<String> problems) {
            requireText(body, "model", problems);
            checkMessages(body, Set.of("system", "user", "assistant", "tool"), problems);
            if (!body.has("stream") || body.get("stream").asBoolean(true)) {
                problems.add("stream must be false for one complete answer (Ollama streams by default)");
            }
        }

        @Override
        String answer(String model, String text) {
            ObjectNode root = JSON.createObjectNode().put("model", model).put("created_at", "2026-11-29T03:00:00Z");
            root.putObject("message").put("role", "assistant").put("content", text);
            root.put("done", true).put("done_reason", "stop").put("total_duration", 1_000_000L)
                    .put("prompt_eval_count", 100).put("eval_count", 20);
            return root.toString();
        }

        @Override
        String refusal(String model) {
            return answer(model, "");
        }

        @Override
        String error(String type, String message) {
            return JSON.createObjectNode().put("error", message).toString();
        }
    };

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String basePath;
    private final String chatPath;

    Dialect(String basePath, String chatPath) {
        this.basePath = basePath;
        this.chatPath = chatPath;
    }

    String basePath() {
        return basePath;
    }

    String chatPath() {
        return chatPath;
    }

    abstract void checkCredentials(Headers headers, String key, List<String> problems);

    abstract void checkBody(JsonNode body, List<String> problems);

    abstract String answer(String model, String text);

    abstract String refusal(String model);

    abstract String error(String type, String message);

    private static void expectHeader(Headers headers, String name, String expected, List<String> problems) {
        String actual = headers.getFirst(name);
        if (!expected.equals(actual)) {
            problems.add(name + " header " + (actual == null ? "missing" : "does not carry the configured key"));
        }
    }

    private static void requireText(JsonNode body, String field, List<String> problems) {
        if (!body.path(field).isTextual() || body.path(field).asText().isBlank()) {
            problems.add(field + ": a non-empty string is required");
        }
    }

    private static void checkMessages(JsonNode body, Set<String> roles, List<String> problems) {
        JsonNode messages = body.get("messages");
        if (messages == null || !messages.isArray() || messages.isEmpty()) {
            problems.add("messages: a non-empty array is required");
            return;
        }
        for (JsonNode message : messages) {
            String role = message.path("role").asText();
            if (!roles.contains(role)) {
                problems.add("messages[].role \"" + role + "\" is not one of " + roles);
            }
            JsonNode content = message.get("content");
            if (content == null || !(content.isTextual() || content.isArray())) {
                problems.add("messages[].content must be a string or an array of blocks");
            }
        }
    }
}
