package io.pgdrift.app;

import io.pgdrift.PgdriftException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Placeholder until the command is built. */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Not built yet.")
final class DemoCommand implements Callable<Integer> {
    @Option(names = "--verbose", description = "Print stack traces of errors.")
    boolean verbose;

    @Override
    public Integer call() {
        throw new PgdriftException("'demo' is not built yet");
    }
}
