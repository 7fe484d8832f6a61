package io.pgdrift.app;

import io.pgdrift.app.config.Config;
import io.pgdrift.app.job.NightlyJob;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pgdrift run}: the nightly job, once. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Compare every configured pair once, file or update each pair's ticket, and print one line per pair.",
                "Exit 0 when every pair was checked and reported, 1 when any pair or ticket failed."})
final class RunCommand extends ConfiguredCommand implements Callable<Integer> {
    @Option(names = "--pair", paramLabel = "NAME", description = "Run only this pair.")
    String pair;

    @Option(names = "--dry-run", description = "Print each brief and the ticket action it would take; change nothing in Linear.")
    boolean dryRun;

    @Override
    public Integer call() {
        log.apply(spec);
        Config loaded = config.load();
        return NightlyJob.forConfig(loaded).run(loaded.select(pair), dryRun, spec.commandLine().getOut()).exitCode();
    }
}
