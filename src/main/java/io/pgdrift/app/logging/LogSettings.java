package io.pgdrift.app.logging;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Objects;

/**
 * Process-wide logging choices, set once by the command from {@code --verbose} and {@code --log-format}.
 * Loggers read them on every call, so loggers created before the command line was parsed obey them too.
 */
public final class LogSettings {
    private static volatile Config current =
            new Config(LogLevel.INFO, LogFormat.TEXT, new PrintWriter(System.err, true), Clock.systemUTC());

    private LogSettings() {
    }

    /** Where and how to log; {@code out} is normally stderr (a test passes its own writer). */
    public static void configure(boolean verbose, LogFormat format, PrintWriter out) {
        current = new Config(verbose ? LogLevel.DEBUG : LogLevel.INFO, format, out, Clock.systemUTC());
    }

    static Config current() {
        return current;
    }

    record Config(LogLevel threshold, LogFormat format, PrintWriter out, Clock clock) {
        Config {
            Objects.requireNonNull(out, "out");
        }
    }
}
