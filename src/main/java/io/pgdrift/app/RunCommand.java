package io.pgdrift.app;

import io.pgdrift.PgdriftException;
import io.pgdrift.app.config.Config;
import io.pgdrift.app.job.Fleet;
import io.pgdrift.app.job.NightlyJob;
import io.pgdrift.app.job.Shard;
import java.util.concurrent.Callable;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code pgdrift run}: the nightly job, once. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Compare every configured and discovered pair once, file or update each pair's ticket, and "
                + "print one line per pair.",
                "Exit 0 when every pair was checked and reported, 1 when any pair or ticket failed."})
final class RunCommand extends ConfiguredCommand implements Callable<Integer> {
    @Option(names = "--pair", paramLabel = "NAME", description = "Run only this pair.")
    String pair;

    @Option(names = "--shard", paramLabel = "K/N", converter = ShardConverter.class,
            description = {"Run only the pairs in shard K of N (K from 0 to N-1): those whose pair name's SHA-256 "
                    + "falls there, so N processes (a Kubernetes Indexed Job, K = JOB_COMPLETION_INDEX) cover every "
                    + "pair once."})
    Shard shard;

    @Option(names = "--dry-run", description = "Print each brief and the ticket action it would take; change nothing in Linear.")
    boolean dryRun;

    @Override
    public Integer call() {
        log.apply(spec);
        if (pair != null && shard != null) {
            throw new PgdriftException("give --pair or --shard, not both");
        }
        Config loaded = config.load();
        Fleet fleet = Fleet.discover(loaded);
        if (pair != null) {
            fleet = fleet.select(pair);
        }
        if (shard != null) {
            int all = fleet.pairs().size();
            fleet = fleet.shard(shard);
            LoggerFactory.getLogger(RunCommand.class).info("shard {}: {} of {} pairs", shard, fleet.pairs().size(), all);
        }
        return NightlyJob.forConfig(loaded).run(fleet, dryRun, spec.commandLine().getOut(), result -> { }).exitCode();
    }

    static final class ShardConverter implements CommandLine.ITypeConverter<Shard> {
        @Override
        public Shard convert(String value) {
            try {
                return Shard.parse(value);
            } catch (PgdriftException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
