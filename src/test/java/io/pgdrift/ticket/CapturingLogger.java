package io.pgdrift.ticket;

import java.util.ArrayList;
import java.util.List;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/** An SLF4J logger with every level on, keeping each formatted line (and stack trace text) for assertions. */
final class CapturingLogger extends LegacyAbstractLogger {
    private final List<String> lines = new ArrayList<>();

    CapturingLogger() {
        this.name = "capture";
    }

    synchronized List<String> lines() {
        return List.copyOf(lines);
    }

    synchronized String all() {
        return String.join("\n", lines);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected synchronized void handleNormalizedLoggingCall(Level level, Marker marker, String pattern,
                                                            Object[] arguments, Throwable throwable) {
        String line = level + " " + MessageFormatter.basicArrayFormat(pattern, arguments);
        if (throwable != null) {
            java.io.StringWriter trace = new java.io.StringWriter();
            throwable.printStackTrace(new java.io.PrintWriter(trace));
            line += "\n" + trace;
        }
        lines.add(line);
    }

    @Override
    public boolean isTraceEnabled() {
        return true;
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }
}
