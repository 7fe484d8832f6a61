package io.pgdrift.app;

import io.pgdrift.PgdriftException;
import io.pgdrift.app.config.PairConfig;
import io.pgdrift.app.job.Fleet;
import io.pgdrift.app.job.NightlyJob;
import io.pgdrift.app.job.OutboxDesk;
import io.pgdrift.app.job.PairResult;
import io.pgdrift.catalog.CatalogReader;
import io.pgdrift.diff.DiffOptions;
import io.pgdrift.diff.ObjectFilter;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pgdrift demo}: the whole nightly job on two embedded servers, with a local outbox in place of Linear.
 * The brief goes to stdout, where it was written to stderr.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Start two embedded PostgreSQL servers holding a small shop (staging ran three migrations "
                + "production has not; production carries a hand-made hotfix), run the nightly job with a local "
                + "outbox in place of Linear, print the brief, stop the servers."})
final class DemoCommand implements Callable<Integer> {
    static final String PAIR = "shop";

    @Spec
    CommandSpec spec;

    @Mixin
    LogOptions log;

    @Option(names = "--outbox", paramLabel = "DIR", defaultValue = "pgdrift-outbox",
            description = "Where the brief (.md) and migration (.sql) are written (default: ${DEFAULT-VALUE}).")
    Path outbox;

    @Override
    public Integer call() {
        log.apply(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AtomicReference<PairResult> full = new AtomicReference<>();
        try (DemoServers servers = DemoServers.start()) {
            PairConfig pair = new PairConfig(PAIR, servers.stagingUrl(), servers.productionUrl(), ObjectFilter.ALL,
                    DiffOptions.DEFAULT, false);
            NightlyJob job = new NightlyJob(new CatalogReader()::read, new OutboxDesk(outbox), false, Clock.systemUTC());
            // the job keeps only summaries; the brief is taken as the pair finishes
            job.run(Fleet.of(List.of(pair)), false, err, full::set);
        }
        PairResult pairResult = full.get();
        if (!(pairResult instanceof PairResult.Checked checked) || checked.brief().isEmpty()) {
            throw new PgdriftException("demo: expected drift between the demo databases but got \"" + pairResult.summary()
                    + "\"; rerun with --verbose and please report it");
        }
        out.println(checked.brief());
        out.flush();
        err.println("pgdrift demo: brief written to " + checked.ticket().outboxFile()
                + " (migration beside it as .sql); in production use this is the Linear ticket's description");
        err.flush();
        return 0;
    }
}
