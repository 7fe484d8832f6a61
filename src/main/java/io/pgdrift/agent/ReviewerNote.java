package io.pgdrift.agent;

/**
 * The brief agent's answer: Markdown from a model, kept apart from pgdrift's own text.
 *
 * @param model the model that wrote it, as its provider named it
 */
public record ReviewerNote(String text, String model) {
}
