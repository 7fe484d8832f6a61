package io.pgdrift.diff;

/** One attribute of an altered object: its value in FROM (production) and in TO (staging). */
public record AttributeChange(String name, Object from, Object to) {
}
