package io.pgdrift.app;

import io.pgdrift.app.config.Config;
import io.pgdrift.app.config.ConfigException;
import io.pgdrift.app.config.ConfigProblem;
import io.pgdrift.app.config.PairConfig;
import io.pgdrift.app.job.Fleet;
import io.pgdrift.app.job.FleetNote;
import io.pgdrift.Redaction;
import io.pgdrift.catalog.CatalogReader;
import io.pgdrift.catalog.DatabaseUrl;
import io.pgdrift.model.ObjectKind;
import io.pgdrift.model.Snapshot;
import io.pgdrift.ticket.LinearCheck;
import io.pgdrift.ticket.LinearSettings;
import io.pgdrift.ticket.ProbeStep;
import io.pgdrift.ticket.TicketSync;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code pgdrift check}: everything {@code run} needs, tried once without filing anything: the configuration,
 * a read-only snapshot of both databases of every pair, and Linear's team, project and labels.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Validate the configuration, read both databases of every pair (read-only) and reach Linear.",
                "Prints a checklist with a fix for each failure; exit 1 if any check fails."})
final class CheckCommand extends ConfiguredCommand implements Callable<Integer> {
    private static final String ROLE_FIX = "check host, port, database, user and password (URL, PGPASSWORD or ~/.pgpass); "
            + "the role needs only CONNECT: see deploy/sql/monitoring-role.sql";

    @Option(names = "--probe", description = {"Also file a throwaway ticket in the configured team (with the pair",
            "identity attachment and an uploaded file), read it back and delete it: confirms on a live workspace what",
            "the ticket protocol relies on."})
    boolean probe;

    @Override
    public Integer call() {
        log.apply(spec);
        Checklist checklist = new Checklist();
        Config loaded;
        try {
            loaded = config.load();
            int pairs = loaded.pairs().size();
            int discover = loaded.discover().size();
            checklist.pass("configuration is valid (" + pairs + (pairs == 1 ? " pair" : " pairs")
                    + (discover == 0 ? "" : ", " + discover + " discover " + (discover == 1 ? "entry" : "entries"))
                    + loaded.schedule().map(s -> ", schedule " + s).orElse("") + ")");
        } catch (ConfigException e) {
            for (ConfigProblem problem : e.problems()) {
                checklist.fail("configuration: " + problem, "edit the configuration at " + problem.path());
            }
            checklist.print(spec.commandLine().getOut());
            return Main.EXIT_ERROR;
        }
        CatalogReader reader = new CatalogReader();
        Fleet fleet = Fleet.discover(loaded);
        for (FleetNote note : fleet.notes()) {
            if (note.failure()) {
                checklist.fail(note.line(), "check the discover: servers, user and databases pattern");
            } else {
                checklist.pass(note.line());
            }
        }
        for (PairConfig pair : fleet.pairs()) {
            database(checklist, reader, pair.name() + " staging", pair.staging());
            database(checklist, reader, pair.name() + " production", pair.production());
        }
        loaded.linear().ifPresentOrElse(linear -> linear(checklist, linear, loaded.outbox()),
                () -> checklist.pass("no linear section: briefs go to the outbox " + loaded.outbox()));
        if (probe) {
            loaded.linear().ifPresentOrElse(linear -> probe(checklist, linear, loaded.outbox()),
                    () -> checklist.fail("--probe: there is no linear section to probe", "add a linear section"));
        }
        AgentCheck.run(checklist, loaded.agents(), loaded.outbox());
        checklist.print(spec.commandLine().getOut());
        return checklist.allPassed() ? 0 : Main.EXIT_ERROR;
    }

    private static void database(Checklist checklist, CatalogReader reader, String label, DatabaseUrl url) {
        try {
            Snapshot snapshot = reader.read(url);
            checklist.pass(label + " " + url + ": PostgreSQL " + snapshot.server().version()
                    + ", catalog readable (" + snapshot.count(ObjectKind.TABLE) + " tables, "
                    + snapshot.objects().size() + " objects)");
        } catch (RuntimeException e) {
            checklist.fail(label + " " + url + ": " + Redaction.reason(e), ROLE_FIX);
        }
    }

    /** Each probe step becomes a line of the checklist. */
    private static void probe(Checklist checklist, LinearSettings linear, java.nio.file.Path outbox) {
        try {
            for (ProbeStep step : new TicketSync(linear, outbox).probe()) {
                String line = "Linear probe: " + step.name() + " (" + step.detail() + ")";
                if (step.passed()) {
                    checklist.pass(line);
                } else {
                    checklist.fail(line, "the ticket protocol relies on this; see the README's Linear section");
                }
            }
        } catch (RuntimeException e) {
            checklist.fail("Linear probe: " + Redaction.reason(e), "check linear.apiKey (Read + Write on the team)"
                    + " and linear.team");
        }
    }

    private static void linear(Checklist checklist, LinearSettings linear, java.nio.file.Path outbox) {
        try {
            LinearCheck found = new TicketSync(linear, outbox).check();
            checklist.pass("Linear key works (" + found.viewer() + " in " + found.organization() + ")");
            checklist.pass("Linear team " + found.team()
                    + (found.project() == null ? "" : ", project " + found.project())
                    + ", completed state \"" + found.completedState() + "\"");
            if (found.labelsToCreate().isEmpty()) {
                checklist.pass("Linear labels " + linear.labels() + " exist");
            } else {
                checklist.pass("Linear labels " + found.labelsToCreate() + " will be created on the first run");
            }
        } catch (RuntimeException e) {
            checklist.fail("Linear: " + Redaction.reason(e), "check linear.apiKey (Read + Write on the team), linear.team, "
                    + "linear.project and linear.apiUrl");
        }
    }
}
