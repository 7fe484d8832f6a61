package io.pgdrift.app.logging;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Objects;

/**
 * The logging choices of one command invocation ({@code --verbose}, {@code --log-format}, its stderr), so that
 * several invocations in one JVM (the tests run the CLI in-process, concurrently) each log to their own stderr.
 * {@link #open()} starts an invocation on the calling thread; threads it starts (the snapshot readers, the pair
 * pool) inherit it. Loggers read the settings on every call, so loggers created before the command line was
 * parsed obey them too. Outside any open invocation, and in a thread that outlives its invocation, lines go to
 * the process's stderr at INFO in text. Nothing here is process-wide.
 */
public final class LogSettings {
    private static final Config DEFAULT =
            new Config(LogLevel.INFO, LogFormat.TEXT, new PrintWriter(System.err, true), Clock.systemUTC());
    private static final InheritableThreadLocal<Invocation> CURRENT = new InheritableThreadLocal<>();

    private LogSettings() {
    }

    /** Starts an invocation on this thread, with the default settings until {@link #configure} is called. */
    public static Invocation open() {
        Invocation invocation = new Invocation(CURRENT.get());
        CURRENT.set(invocation);
        return invocation;
    }

    /**
     * Where and how the current invocation logs; {@code out} is normally the command's stderr. Called outside an
     * open invocation (a test that logs without running a command), it opens one for the calling thread and the
     * threads it starts from then on, which lasts until the thread ends.
     */
    public static void configure(boolean verbose, LogFormat format, PrintWriter out) {
        Invocation invocation = CURRENT.get();
        if (invocation == null || invocation.closed) {
            invocation = open();
        }
        invocation.config = new Config(verbose ? LogLevel.DEBUG : LogLevel.INFO, format, out, Clock.systemUTC());
    }

    static Config current() {
        Invocation invocation = CURRENT.get();
        return invocation == null || invocation.closed ? DEFAULT : invocation.config;
    }

    /** One command's log settings, from {@link #open()} to {@link #close()}. */
    public static final class Invocation implements AutoCloseable {
        private final Invocation enclosing;
        private volatile Config config = DEFAULT;
        private volatile boolean closed;

        private Invocation(Invocation enclosing) {
            this.enclosing = enclosing;
        }

        /** Ends the invocation: this thread goes back to the enclosing one, threads it started to the default. */
        @Override
        public void close() {
            closed = true;
            if (CURRENT.get() == this) {
                if (enclosing == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(enclosing);
                }
            }
        }
    }

    record Config(LogLevel threshold, LogFormat format, PrintWriter out, Clock clock) {
        Config {
            Objects.requireNonNull(out, "out");
        }
    }
}
