package io.pgdrift.app;

import io.pgdrift.app.config.Config;
import io.pgdrift.app.config.ConfigLoader;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** {@code --config FILE}: defaults to {@code ./pgdrift.yaml}, then {@code $PGDRIFT_CONFIG}. */
final class ConfigOption {
    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: ./pgdrift.yaml, else $PGDRIFT_CONFIG).")
    Path file;

    /** Reads and validates the configuration; throws with every problem and its key path. */
    Config load() {
        ConfigLoader loader = new ConfigLoader(System.getenv());
        Path located = loader.locate(file);
        LoggerFactory.getLogger(ConfigOption.class).debug("configuration: {}", located);
        return loader.load(located);
    }
}
