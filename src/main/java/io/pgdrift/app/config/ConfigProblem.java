package io.pgdrift.app.config;

/** One thing wrong with a configuration, at its key path ({@code pairs[1].exclude}). */
public record ConfigProblem(String path, String message) {
    @Override
    public String toString() {
        return path + ": " + message;
    }
}
