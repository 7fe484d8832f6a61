package io.pgdrift.app;

import io.pgdrift.PgdriftException;
import io.pgdrift.catalog.CatalogReader;
import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.catalog.SnapshotFile;
import io.pgdrift.diff.Change;
import io.pgdrift.diff.DiffOptions;
import io.pgdrift.diff.Differ;
import io.pgdrift.diff.ObjectFilter;
import io.pgdrift.diff.UncomparedNotes;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Snapshot;
import io.pgdrift.app.config.LockTimeout;
import io.pgdrift.plan.MigrationMode;
import io.pgdrift.plan.MigrationOptions;
import io.pgdrift.plan.MigrationPlan;
import io.pgdrift.plan.Planner;
import io.pgdrift.report.BriefContext;
import io.pgdrift.report.DriftReport;
import io.pgdrift.report.JsonReport;
import io.pgdrift.report.MarkdownBrief;
import io.pgdrift.report.SqlScript;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pgdrift diff}: what takes FROM (production) to TO (staging), as a SQL script, a Markdown brief or JSON.
 * stdout carries only that output (nothing when the schemas are identical); exit 0 identical, 2 drift, 1 error.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Print what takes FROM (production) to TO (staging).",
                "Exit status: 0 identical (prints nothing), 2 drift, 1 error."})
final class DiffCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(DiffCommand.class);

    /** Output formats; {@code sql} is the script {@code psql -v ON_ERROR_STOP=1 -f} applies to FROM. */
    enum Format {
        sql(SqlScript::render),
        markdown(MarkdownBrief::render),
        json(JsonReport::render);

        private final Function<DriftReport, String> renderer;

        Format(Function<DriftReport, String> renderer) {
            this.renderer = renderer;
        }
    }

    /** {@code --mode}: lower-case on the command line, as the contract writes it. */
    enum Mode {
        online(MigrationMode.ONLINE),
        transactional(MigrationMode.TRANSACTIONAL);

        private final MigrationMode mode;

        Mode(MigrationMode mode) {
            this.mode = mode;
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--from", required = true, paramLabel = "URL|FILE",
            description = "Production: a database URL (postgresql://… or jdbc:postgresql:…) or a snapshot file.")
    String from;

    @Option(names = "--to", required = true, paramLabel = "URL|FILE",
            description = "Staging: a database URL or a snapshot file.")
    String to;

    @Option(names = "--format", defaultValue = "sql", paramLabel = "FORMAT",
            description = "sql, markdown or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--mode", defaultValue = "online", paramLabel = "MODE",
            description = "online: a script for a live database (lock_timeout, CONCURRENTLY, NOT VALID then "
                    + "VALIDATE, short transactions); transactional: one all-or-nothing transaction "
                    + "(default: ${DEFAULT-VALUE}).")
    Mode mode;

    @Option(names = "--lock-timeout", defaultValue = "5s", paramLabel = "DURATION",
            converter = LockTimeout.class,
            description = "How long each online statement waits for its lock, e.g. 5s, 500ms, 1min "
                    + "(default: ${DEFAULT-VALUE}).")
    Duration lockTimeout;

    @Option(names = "--schema", paramLabel = "SCHEMA",
            description = "Compare only this schema (repeatable; default: every non-system schema).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "PATTERN",
            description = "Leave out objects whose qualified name matches this glob (* and ?), e.g. "
                    + "public.flyway_schema_history or 'audit.*_tmp' (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--compare-column-order", description = "Report a different column order as drift.")
    boolean compareColumnOrder;

    @Option(names = "--compare-owners", description = "Report a different owner as drift (in production's role "
            + "names, see --role-map).")
    boolean compareOwners;

    @Option(names = "--role-map", paramLabel = "STAGING=PRODUCTION",
            description = "Compare staging's role STAGING as production's role PRODUCTION (repeatable), in grants, "
                    + "policies, default privileges and owners; the migration uses production's names.")
    List<String> roleMap = new ArrayList<>();

    @Option(names = "--pair-name", defaultValue = "adhoc", paramLabel = "NAME",
            description = "Name of the pair in the brief (default: ${DEFAULT-VALUE}).")
    String pairName;

    @Mixin
    LogOptions log;

    @Override
    public Integer call() {
        log.apply(spec);
        ObjectFilter filter = new ObjectFilter(schemas, excludes);
        Side production = Side.of(from);
        Side staging = Side.of(to);
        DiffOptions diffOptions = new DiffOptions(compareColumnOrder, compareOwners, RoleMapOption.parse(roleMap));
        Snapshot[] snapshots = read(production, staging);
        snapshots[0] = diffOptions.production(snapshots[0]);
        snapshots[1] = diffOptions.staging(snapshots[1]);
        List<Change> changes = new Differ().diff(snapshots[0], snapshots[1], filter, diffOptions);
        LOG.debug("{} changes", changes.size());
        warnIfEmpty(production, snapshots[0], staging, snapshots[1]);
        MigrationOptions options = new MigrationOptions(mode.mode, lockTimeout);
        MigrationPlan plan = changes.isEmpty() ? MigrationPlan.empty(options)
                : new Planner().plan(snapshots[0], snapshots[1], changes, options);
        List<String> notCompared = UncomparedNotes.of(snapshots[0], snapshots[1], filter);
        PrintWriter err = spec.commandLine().getErr();
        notCompared.forEach(line -> err.println("pgdrift: not compared: " + line));
        err.flush();
        BriefContext context = new BriefContext(pairName, production.label(), staging.label(),
                snapshots[0].server(), snapshots[1].server(), Instant.now(),
                UncomparedNotes.withNeverCompared(notCompared, diffOptions));
        String output = format.renderer.apply(DriftReport.of(context, changes, plan));
        PrintWriter out = spec.commandLine().getOut();
        out.print(output);
        out.flush();
        return changes.isEmpty() ? 0 : Main.EXIT_DRIFT;
    }

    /**
     * Both sides at the same time: a database read mostly waits on its server, and a snapshot file's parsing
     * (a 5,000-table file: about a second of CPU) gets a core of its own.
     */
    private Snapshot[] read(Side production, Side staging) {
        ExecutorService readers = Executors.newFixedThreadPool(2, task -> {
            Thread thread = new Thread(task, "pgdrift-read");
            thread.setDaemon(true);
            return thread;
        });
        try {
            Future<Snapshot> first = readers.submit(() -> read(production));
            Future<Snapshot> second = readers.submit(() -> read(staging));
            return new Snapshot[] {await(first), await(second)};
        } finally {
            readers.shutdownNow();
        }
    }

    private Snapshot read(Side side) {
        LOG.debug("reading {}", side.label());
        Snapshot snapshot = side.read();
        LOG.debug("{} objects from {}", snapshot.objects().size(), side.label());
        return snapshot;
    }

    private static Snapshot await(Future<Snapshot> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PgdriftException("interrupted while reading the schemas");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * A side with nothing of its own next to a populated other is more often a wrong URL than a new database:
     * the output is still printed (it may be wanted), with a warning on stderr.
     */
    private static void warnIfEmpty(Side production, Snapshot from, Side staging, Snapshot to) {
        String warning = isEmpty(from) && !isEmpty(to) ? "production " + production.label()
                : isEmpty(to) && !isEmpty(from) ? "staging " + staging.label() : null;
        if (warning != null) {
            LOG.warn("{} holds no tables, views or functions while the other side does; check the URL or file if "
                    + "that is not expected", warning);
        }
    }

    private static boolean isEmpty(Snapshot snapshot) {
        return snapshot.objects().stream()
                .allMatch(o -> o.kind() == ObjectKind.SCHEMA || o.kind() == ObjectKind.EXTENSION);
    }

    /** One side of the comparison: a database (named by its masked URL) or a snapshot file (by its file name). */
    private record Side(DatabaseUrl url, Path file) {
        static Side of(String text) {
            if (DatabaseUrl.looksLikeUrl(text)) {
                return new Side(DatabaseUrl.parse(text), null);
            }
            try {
                return new Side(null, Path.of(text));
            } catch (InvalidPathException e) {
                throw new PgdriftException("'" + text + "' is neither a database URL (postgresql://…) nor a usable "
                        + "file path: " + e.getReason());
            }
        }

        boolean isDatabase() {
            return url != null;
        }

        String label() {
            return isDatabase() ? url.masked() : String.valueOf(file.getFileName());
        }

        Snapshot read() {
            return isDatabase() ? new CatalogReader().read(url) : SnapshotFile.read(file);
        }
    }
}
