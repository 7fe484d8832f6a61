package io.pgdrift.app;

import io.pgdrift.app.logging.LogFormat;
import io.pgdrift.app.logging.LogSettings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** {@code --verbose} and {@code --log-format}, shared by the commands that log. */
final class LogOptions {
    @Option(names = "--verbose", description = "Debug logging, and stack traces of errors.")
    boolean verbose;

    @Option(names = "--log-format", paramLabel = "text|json", defaultValue = "text",
            converter = FormatConverter.class,
            description = "Log lines on stderr as text (default) or one JSON object per line.")
    LogFormat format = LogFormat.TEXT;

    /** Points the logger at the command's stderr with the chosen level and format. */
    void apply(CommandSpec spec) {
        LogSettings.configure(verbose, format, spec.commandLine().getErr());
    }

    static final class FormatConverter implements picocli.CommandLine.ITypeConverter<LogFormat> {
        @Override
        public LogFormat convert(String value) {
            return LogFormat.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
