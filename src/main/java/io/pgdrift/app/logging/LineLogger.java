package io.pgdrift.app.logging;

import io.pgdrift.Redaction;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.slf4j.Marker;
import org.slf4j.event.Level;
import org.slf4j.helpers.LegacyAbstractLogger;
import org.slf4j.helpers.MessageFormatter;

/**
 * Writes one line per event: {@code 2026-11-24T03:00:01Z INFO  app: 7 changes}, or the same as a JSON object.
 * Every line passes through {@link io.pgdrift.Redaction#text(String)} before it is written.
 */
final class LineLogger extends LegacyAbstractLogger {
    private static final long serialVersionUID = 1L;

    /** Libraries (the embedded server, the driver) speak only of warnings unless --verbose asks for more. */
    private final boolean library;

    LineLogger(String name) {
        this.name = name;
        this.library = !name.startsWith("io.pgdrift");
    }

    private boolean enabled(LogLevel level) {
        LogLevel threshold = LogSettings.current().threshold();
        if (library && threshold != LogLevel.DEBUG && threshold.compareTo(LogLevel.WARN) < 0) {
            threshold = LogLevel.WARN;
        }
        return level.compareTo(threshold) >= 0;
    }

    @Override
    public boolean isTraceEnabled() {
        return enabled(LogLevel.TRACE);
    }

    @Override
    public boolean isDebugEnabled() {
        return enabled(LogLevel.DEBUG);
    }

    @Override
    public boolean isInfoEnabled() {
        return enabled(LogLevel.INFO);
    }

    @Override
    public boolean isWarnEnabled() {
        return enabled(LogLevel.WARN);
    }

    @Override
    public boolean isErrorEnabled() {
        return enabled(LogLevel.ERROR);
    }

    @Override
    protected String getFullyQualifiedCallerName() {
        return null;
    }

    @Override
    protected void handleNormalizedLoggingCall(Level level, Marker marker, String pattern, Object[] arguments,
                                               Throwable throwable) {
        LogSettings.Config config = LogSettings.current();
        if (!enabled(LogLevel.of(level))) {
            return;
        }
        String message = Redaction.text(MessageFormatter.basicArrayFormat(pattern, arguments));
        Instant at = config.clock().instant().truncatedTo(ChronoUnit.SECONDS);
        // stack traces only at debug level (--verbose); otherwise the exception's one-line message
        String trace = throwable == null ? null
                : config.threshold() == LogLevel.DEBUG ? Redaction.text(stackTrace(throwable))
                : Redaction.text(String.valueOf(throwable.getMessage()));
        String line = config.format() == LogFormat.JSON
                ? JsonLine.of(at, level.name(), name, message, trace)
                : at + " " + String.format("%-5s", level.name()) + " " + message
                        + (trace == null ? "" : config.threshold() == LogLevel.DEBUG ? "\n" + trace : " (" + trace + ")");
        PrintWriter out = config.out();
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    private static String stackTrace(Throwable throwable) {
        StringWriter text = new StringWriter();
        throwable.printStackTrace(new PrintWriter(text));
        return text.toString().stripTrailing();
    }
}
