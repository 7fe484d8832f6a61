package io.pgdrift.report;

/** Renders a {@link DriftReport}; an identical pair renders as the empty string. */
public final class SqlScript {
    private SqlScript() {
    }

    public static String render(DriftReport report) {
        throw new UnsupportedOperationException("not built yet");
    }
}
