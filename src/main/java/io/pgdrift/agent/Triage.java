package io.pgdrift.agent;

/**
 * The triage agent's answer, validated.
 *
 * @param reason one line, at most {@link TriageAgent#MAX_REASON} characters
 * @param model  the model that answered, as its provider named it
 */
public record Triage(Priority priority, String reason, String model) {
}
