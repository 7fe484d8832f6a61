package io.pgdrift.agent;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets the ticket's priority: the model answers {@code {"priority": 1-4, "reason": "…"}}, and anything else —
 * prose, a priority out of range, a missing reason — is refused as invalid rather than guessed at.
 */
public final class TriageAgent extends ChatAgent<Triage> {
    static final int MAX_TOKENS = 200;
    static final int MAX_REASON = 300;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Models often wrap JSON in a Markdown code fence even when told not to; the fence alone is forgiven. */
    private static final Pattern FENCED = Pattern.compile("(?s)^```[a-zA-Z]*\\s*(.*?)\\s*```$");

    public TriageAgent(AgentSettings settings) {
        super(settings, MAX_TOKENS);
    }

    /** The validated answer, or an {@link AgentException} naming what is wrong with it. */
    @Override
    Triage read(String answer, String model) {
        String text = answer.strip();
        Matcher fenced = FENCED.matcher(text);
        if (fenced.matches()) {
            text = fenced.group(1);
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw invalid("it is not JSON");
        }
        if (node == null || !node.isObject()) {
            throw invalid("it is not a JSON object");
        }
        JsonNode priority = node.get("priority");
        if (priority == null || !priority.isIntegralNumber() || Priority.ofLinear(priority.asInt()).isEmpty()) {
            throw invalid("\"priority\" must be a whole number from 1 (urgent) to 4 (low)");
        }
        JsonNode reason = node.get("reason");
        if (reason == null || !reason.isTextual() || reason.asText().isBlank()) {
            throw invalid("\"reason\" must be a non-empty string");
        }
        String line = reason.asText().strip().replaceAll("\\s+", " ");
        if (line.length() > MAX_REASON) {
            line = line.substring(0, MAX_REASON) + "…";
        }
        return new Triage(Priority.ofLinear(priority.asInt()).orElseThrow(), line, model);
    }

    private AgentException invalid(String what) {
        return new AgentException(settings().label() + " gave an invalid triage answer (" + what
                + "); expected {\"priority\": 1-4, \"reason\": \"…\"}");
    }
}
